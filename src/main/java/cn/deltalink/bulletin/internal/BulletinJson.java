package cn.deltalink.bulletin.internal;

import cn.deltalink.bulletin.internal.Bulletin.Origin;
import cn.deltalink.exchange.Exchange.Delivery;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the bulletin API. Absent values are left out of the answers. */
final class BulletinJson {

  private BulletinJson() {}

  /** {@code POST /api/v1/bulletins}: attachments are optional and travel as base64. */
  record NewBulletin(
      @Nullable String title,
      @Nullable String body,
      @Nullable String handlingCode,
      @Nullable String urgency,
      @Nullable List<String> targets,
      @Nullable String purpose,
      @Nullable List<Upload> attachments) {}

  record Upload(@Nullable String name, @Nullable String contentType, @Nullable String base64) {}

  record Forward(@Nullable List<String> targets, @Nullable String purpose) {}

  record AcknowledgementRequest(@Nullable String note) {}

  record Created(UUID id) {}

  record Detail(
      UUID id,
      String direction,
      String owningNode,
      String senderAgency,
      @Nullable String senderAgencyName,
      String senderName,
      String title,
      String body,
      HandlingCode handlingCode,
      String handlingCodeMeaning,
      String urgency,
      String purpose,
      boolean toAll,
      List<String> addressedTo,
      UUID messageId,
      Instant createdAt,
      @Nullable Instant receivedAt,
      @Nullable Origin forwardedFrom,
      boolean forwardable,
      List<Attachments.Listed> attachments,
      @Nullable List<Target> targets,
      @Nullable Ack acknowledgement,
      @Nullable List<Ack> acknowledgements) {}

  /**
   * At the sender: one target's delivery (as the exchange tracks it), its first acknowledgement (the
   * node's) and every reader there in time order.
   */
  record Target(String node, @Nullable Delivery delivery, boolean acknowledged, @Nullable Ack acknowledgement, List<Ack> readers) {}

  record Ack(Instant acknowledgedAt, String acknowledgedBy, String agency, @Nullable String agencyName, @Nullable String note) {}

  record InboxItem(UUID id, String owningNode, String senderAgency, String senderName, String title, HandlingCode handlingCode, String urgency, Instant createdAt, @Nullable Instant receivedAt, boolean acknowledged,
      boolean acknowledgedByYou, int readers) {}

  record SentItem(UUID id, String title, HandlingCode handlingCode, String urgency, Instant createdAt, List<String> addressedTo, int targets, long delivered, int acknowledged, int readers) {}

  /**
   * At the sender: the targets with their readers. At a receiver: the current officer's own
   * acknowledgement ({@code acknowledgement}) and every one at this node ({@code acknowledgements}).
   */
  static Detail detail(ReadingBulletins.Detail d, Agencies agencies) {
    Bulletin b = d.bulletin();
    boolean sent = b.direction() == Bulletin.Direction.SENT;
    List<Target> targets =
        sent
            ? d.targets().stream().map(t -> new Target(t.node(), t.delivery(), t.acknowledged(), ack(t.acknowledgement(), agencies), acks(t.readers(), agencies))).toList()
            : null;
    return new Detail(
        b.id(), b.direction().name().toLowerCase(Locale.ROOT), b.owningNode(), b.senderAgency(), agencyName(b.senderAgency(), agencies), b.senderName(), b.title(), b.body(),
        b.handlingCode(), HandlingCodes.meaning(b.handlingCode()), b.urgency().code(), b.purpose(), b.toAll(), b.targets(), b.messageId(), b.createdAt(), b.receivedAt(),
        b.forwardedFrom(), b.forwardable(), d.attachments(), targets, ack(d.acknowledgement(), agencies), sent ? null : acks(d.readers(), agencies));
  }

  static InboxItem inboxItem(Bulletins.Received r) {
    Bulletin b = r.bulletin();
    return new InboxItem(b.id(), b.owningNode(), b.senderAgency(), b.senderName(), b.title(), b.handlingCode(), b.urgency().code(), b.createdAt(), b.receivedAt(), r.acknowledged(),
        r.acknowledgedByYou(), r.readers());
  }

  static SentItem sentItem(ReadingBulletins.SentSummary s) {
    Bulletin b = s.bulletin();
    return new SentItem(b.id(), b.title(), b.handlingCode(), b.urgency().code(), b.createdAt(), b.targets(), s.targets(), s.delivered(), s.acknowledged(), s.readers());
  }

  static @Nullable Ack ack(@Nullable Acknowledgement a, Agencies agencies) {
    return a == null ? null : new Ack(a.acknowledgedAt(), a.officerName(), a.agencyCode(), agencyName(a.agencyCode(), agencies), a.note());
  }

  private static List<Ack> acks(List<Acknowledgement> readers, Agencies agencies) {
    return readers.stream().map(a -> new Ack(a.acknowledgedAt(), a.officerName(), a.agencyCode(), agencyName(a.agencyCode(), agencies), a.note())).toList();
  }

  private static @Nullable String agencyName(String code, Agencies agencies) {
    return agencies.find(code).map(Agency::nameZh).orElse(null);
  }
}
