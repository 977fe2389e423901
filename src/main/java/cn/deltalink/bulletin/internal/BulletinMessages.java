package cn.deltalink.bulletin.internal;

import cn.deltalink.bulletin.internal.Bulletin.Origin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payloads of the message types this module sends. The envelope already carries the sender node
 * and agency, the handling code and the purpose, so the payloads do not repeat them. Attachments do
 * not ride in the bulletin itself: the exchange takes payloads of about 1 MiB, so each file follows
 * in parts of {@link #PART_BYTES}, each its own message correlated with the bulletin's (ADR 013).
 */
@Component
class BulletinMessages {

  static final String PUBLISHED = "bulletin.published";
  static final String ATTACHMENT_PART = "bulletin.attachment-part";
  static final String ACKNOWLEDGED = "bulletin.acknowledged";

  /** Raw bytes per part: a quarter of the exchange's default payload limit, after base64 about a third. */
  static final int PART_BYTES = 256 * 1024;

  private final JsonMapper json;

  BulletinMessages(JsonMapper json) {
    this.json = json;
  }

  /** {@code bulletin.published}: the bulletin, and what each attached file is (its parts follow). */
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
      @Nullable List<AttachmentInfo> attachments) {}

  /** One attached file: position 1–5, its name, type, size, SM3 digest and the number of parts it travels in. */
  record AttachmentInfo(int position, String name, String contentType, int size, String sm3, int parts) {}

  /** {@code bulletin.attachment-part}: part 1..parts of the file at a position of a bulletin. */
  record AttachmentPart(UUID bulletinId, int position, int part, int parts, String base64) {}

  /** {@code bulletin.acknowledged}: who at the target node acknowledged, and when. */
  record Acknowledged(UUID bulletinId, Instant acknowledgedAt, String officerName, String agencyCode, @Nullable String note) {}

  static int partsOf(int size) {
    return (size + PART_BYTES - 1) / PART_BYTES;
  }

  String published(Bulletin b, List<AttachmentFile> files) {
    List<AttachmentInfo> infos = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      AttachmentFile f = files.get(i);
      infos.add(new AttachmentInfo(i + 1, f.name(), f.contentType(), f.content().length, f.sm3(), partsOf(f.content().length)));
    }
    return json.writeValueAsString(new Published(b.id(), b.title(), b.body(), b.urgency().code(), b.senderName(), b.toAll(), b.targets(), b.createdAt(), b.forwardedFrom(), infos));
  }

  /** The payloads of the part messages that carry the files of a bulletin, in order. */
  List<String> parts(UUID bulletinId, List<AttachmentFile> files) {
    List<String> payloads = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      byte[] content = files.get(i).content();
      int parts = partsOf(content.length);
      for (int part = 1; part <= parts; part++) {
        byte[] slice = Arrays.copyOfRange(content, (part - 1) * PART_BYTES, Math.min(content.length, part * PART_BYTES));
        payloads.add(json.writeValueAsString(new AttachmentPart(bulletinId, i + 1, part, parts, Base64.getEncoder().encodeToString(slice))));
      }
    }
    return payloads;
  }

  Published readPublished(String payload) {
    return read(payload, Published.class);
  }

  AttachmentPart readPart(String payload) {
    return read(payload, AttachmentPart.class);
  }

  String acknowledged(UUID bulletinId, Acknowledgement ack) {
    return json.writeValueAsString(new Acknowledged(bulletinId, ack.acknowledgedAt(), ack.officerName(), ack.agencyCode(), ack.note()));
  }

  Acknowledged readAcknowledged(String payload) {
    return read(payload, Acknowledged.class);
  }

  private <T> T read(String payload, Class<T> type) {
    try {
      return json.readValue(payload, type);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The payload is not a valid " + type.getSimpleName() + " message: " + e.getOriginalMessage(), e);
    }
  }
}
