package cn.deltalink.bulletin.internal;

import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.platform.NodeId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Bulletins as the Shanghai node would send them to Jiangsu: real {@code bulletin.published}
 * messages, as the exchange hands them to the handler once their envelope is verified.
 */
final class FromShanghai {

  static final String NODE = "SH";
  static final String AGENCY = "310000000000";

  private FromShanghai() {}

  /** The messages that carry one bulletin: the bulletin itself, then the parts of its files. */
  record Sent(UUID bulletinId, ReceivedMessage bulletin, List<ReceivedMessage> parts) {}

  static Sent bulletin(BulletinMessages messages, HandlingCode code, String title, AttachmentFile... files) {
    return bulletin(messages, NODE, AGENCY, UUID.randomUUID(), code, title, files);
  }

  /** The same as another node, {@code node} with its agency, would send it, with the bulletin id it chose. */
  static Sent bulletin(BulletinMessages messages, String node, String agency, UUID id, HandlingCode code, String title, AttachmentFile... files) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    SentBulletin bulletin = new SentBulletin(id, node, agency, "沪警官", title, "嫌疑人驾驶白色轿车，请协助查找。", code, Urgency.URGENT, "协查", false, List.of("JS"), id, now, null);
    UUID messageId = UUID.randomUUID();
    ReceivedMessage published = new ReceivedMessage(messageId, BulletinMessages.PUBLISHED, NodeId.of(node), agency, code, "协查", now, null, messages.published(bulletin, List.of(files)));
    List<ReceivedMessage> parts =
        messages.parts(id, List.of(files)).stream()
            .map(p -> new ReceivedMessage(UUID.randomUUID(), BulletinMessages.ATTACHMENT_PART, NodeId.of(node), agency, code, "协查", now, messageId, p))
            .toList();
    return new Sent(id, published, parts);
  }

  static AttachmentFile photo() {
    return AttachmentFile.upload("车辆照片.txt", "text/plain", "白色轿车，沪A·12345".getBytes(StandardCharsets.UTF_8));
  }

  /** An acknowledgement from {@code node} of the bulletin Jiangsu sent with {@code bulletinMessage}. */
  static ReceivedMessage acknowledgement(BulletinMessages messages, String node, String agency, UUID bulletinId, UUID bulletinMessage) {
    return acknowledgement(messages, node, agency, bulletinId, bulletinMessage, "签收员", Instant.now().truncatedTo(ChronoUnit.MICROS));
  }

  /** The acknowledgement of one reader, {@code officerName}, at {@code node}, made at {@code at}. */
  static ReceivedMessage acknowledgement(BulletinMessages messages, String node, String agency, UUID bulletinId, UUID bulletinMessage, String officerName, Instant at) {
    Acknowledgement ack = new Acknowledgement(at, officerName, agency, "已布控");
    return new ReceivedMessage(UUID.randomUUID(), BulletinMessages.ACKNOWLEDGED, NodeId.of(node), agency, HandlingCode.H0, "协查", Instant.now(), bulletinMessage, messages.acknowledged(bulletinId, ack));
  }
}
