package cn.deltalink.bulletin.internal;

import cn.deltalink.access.AuditTrail;
import cn.deltalink.bulletin.internal.Bulletin.Direction;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.Exchange.Delivery;
import cn.deltalink.exchange.Exchange.DeliveryState;
import cn.deltalink.platform.RequestRefused;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officers see of bulletins: the inbox, the sent list, one bulletin with (at the sender) each
 * target's delivery and acknowledgement, and attachments. Opening a bulletin and downloading a file
 * are audited with the bulletin's purpose.
 */
@Service
class ReadingBulletins {

  static final int LIST_SIZE = 200;

  private final Bulletins bulletins;
  private final Acknowledgements acknowledgements;
  private final Attachments attachments;
  private final Exchange exchange;
  private final AuditTrail audit;

  ReadingBulletins(Bulletins bulletins, Acknowledgements acknowledgements, Attachments attachments, Exchange exchange, AuditTrail audit) {
    this.bulletins = bulletins;
    this.acknowledgements = acknowledgements;
    this.attachments = attachments;
    this.exchange = exchange;
    this.audit = audit;
  }

  /** One bulletin as its page or the API shows it. */
  record Detail(Bulletin bulletin, List<Attachments.Listed> attachments, List<Target> targets, @Nullable Acknowledgement acknowledgement) {
    public boolean allAcknowledged() {
      return targets.stream().allMatch(Target::acknowledged);
    }
  }

  /** At the sender: one target node, how far delivery got and its acknowledgement. */
  record Target(String node, @Nullable Delivery delivery, @Nullable Acknowledgement acknowledgement) {
    public boolean acknowledged() {
      return acknowledgement != null;
    }
  }

  /** A sent bulletin with its counts of targets, deliveries and acknowledgements. */
  record SentSummary(Bulletin bulletin, int targets, long delivered, int acknowledged) {}

  @Transactional
  Detail open(UUID id) {
    Detail detail = detail(id);
    audit.record("bulletin.read", id.toString(), detail.bulletin().purpose(), "ok");
    return detail;
  }

  /** The same as {@link #open} without an audit entry: for the page's polling of the targets' state. */
  @Transactional(readOnly = true)
  Detail detail(UUID id) {
    Bulletin bulletin = bulletins.find(id).orElseThrow(() -> RequestRefused.notFound("No bulletin " + id + " is held at this node."));
    if (bulletin.direction() == Direction.RECEIVED) {
      return new Detail(bulletin, attachments.list(id), List.of(), acknowledgements.own(id).orElse(null));
    }
    Map<String, Delivery> deliveries = exchange.deliveries(bulletin.messageId()).stream().collect(Collectors.toMap(Delivery::node, Function.identity(), (a, b) -> b));
    List<Target> targets = acknowledgements.targets(id).stream().map(t -> new Target(t.node(), deliveries.get(t.node()), t.acknowledgement())).toList();
    return new Detail(bulletin, attachments.list(id), targets, null);
  }

  @Transactional(readOnly = true)
  List<Bulletins.Received> inbox() {
    return bulletins.inbox(LIST_SIZE);
  }

  @Transactional(readOnly = true)
  List<SentSummary> sent() {
    return bulletins.sent(LIST_SIZE).stream()
        .map(s -> new SentSummary(s.bulletin(), s.bulletin().targets().size(), delivered(s.bulletin()), s.acknowledged()))
        .toList();
  }

  @Transactional
  AttachmentFile download(UUID id, int position) {
    Bulletin bulletin = bulletins.find(id).orElseThrow(() -> RequestRefused.notFound("No bulletin " + id + " is held at this node."));
    if (attachments.list(id).stream().noneMatch(a -> a.position() == position)) {
      throw RequestRefused.notFound("Bulletin " + id + " has no attachment " + position + ".");
    }
    AttachmentFile file = attachments.file(id, position).orElseThrow(() -> RequestRefused.conflict("Attachment " + position + " of bulletin " + id + " is still arriving."));
    audit.record("bulletin.attachment.download", id + "#" + position + " " + file.name(), bulletin.purpose(), "ok");
    return file;
  }

  private long delivered(Bulletin bulletin) {
    return exchange.deliveries(bulletin.messageId()).stream().filter(d -> d.state() == DeliveryState.DELIVERED).count();
  }
}
