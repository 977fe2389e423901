package cn.deltalink.bulletin.internal;

import cn.deltalink.bulletin.internal.Bulletin.Origin;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payloads of the two message types this module sends. The envelope already carries the sender
 * node and agency, the handling code and the purpose, so the payloads do not repeat them.
 */
@Component
class BulletinMessages {

  static final String PUBLISHED = "bulletin.published";
  static final String ACKNOWLEDGED = "bulletin.acknowledged";

  private final JsonMapper json;

  BulletinMessages(JsonMapper json) {
    this.json = json;
  }

  /** {@code bulletin.published}: the whole bulletin, attachments inline as base64. */
  record Published(
      UUID bulletinId,
      String title,
      String body,
      String urgency,
      String senderName,
      boolean toAll,
      List<String> targets,
      Instant createdAt,
      @Nullable Origin forwardedFrom,
      List<AttachmentCopy> attachments) {}

  /** An attachment inside a message, with the SM3 digest the receiver checks. */
  record AttachmentCopy(String name, String contentType, long size, String sm3, String base64) {}

  /** {@code bulletin.acknowledged}: who at the target node acknowledged, and when. */
  record Acknowledged(UUID bulletinId, Instant acknowledgedAt, String officerName, String agencyCode, @Nullable String note) {}

  String published(Bulletin b, List<AttachmentFile> files) {
    List<AttachmentCopy> copies = files.stream().map(f -> new AttachmentCopy(f.name(), f.contentType(), f.size(), f.sm3(), f.base64())).toList();
    return json.writeValueAsString(
        new Published(b.id(), b.title(), b.body(), b.urgency().code(), b.senderName(), b.toAll(), b.targets(), b.createdAt(), b.forwardedFrom(), copies));
  }

  Published readPublished(String payload) {
    return read(payload, Published.class);
  }

  String acknowledged(UUID bulletinId, Acknowledgement ack) {
    return json.writeValueAsString(new Acknowledged(bulletinId, ack.acknowledgedAt(), ack.officerName(), ack.agencyCode(), ack.note()));
  }

  Acknowledged readAcknowledged(String payload) {
    return read(payload, Acknowledged.class);
  }

  /**
   * The files of a received bulletin. A file whose SM3 digest does not match its content is refused,
   * so the message fails visibly instead of storing a damaged file.
   */
  static List<AttachmentFile> files(Published published) {
    List<AttachmentCopy> copies = published.attachments() == null ? List.of() : published.attachments();
    return copies.stream().map(c -> new AttachmentFile(c.name(), c.contentType(), Base64.getDecoder().decode(c.base64()), c.sm3())).toList();
  }

  private <T> T read(String payload, Class<T> type) {
    try {
      return json.readValue(payload, type);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The payload is not a valid " + type.getSimpleName() + " message: " + e.getOriginalMessage(), e);
    }
  }
}
