package cn.deltalink.bulletin.internal;

import cn.deltalink.access.AuditOutcome;
import static cn.deltalink.bulletin.internal.Refused.BULLETIN;

import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
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
 * target's delivery and readers or (at a receiver) the readers at this node, and attachments. Opening a bulletin and downloading a file
 * are audited with the bulletin's purpose.
 */
@Service
class ReadingBulletins {

  static final int LIST_SIZE = 200;

  private final Bulletins bulletins;
  private final Acknowledgements acknowledgements;
  private final Attachments attachments;
  private final Exchange exchange;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  ReadingBulletins(Bulletins bulletins, Acknowledgements acknowledgements, Attachments attachments, Exchange exchange, CurrentOfficer current, AuditTrail audit) {
    this.bulletins = bulletins;
    this.acknowledgements = acknowledgements;
    this.attachments = attachments;
    this.exchange = exchange;
    this.current = current;
    this.audit = audit;
  }

  /**
   * One bulletin as its page or the API shows it. At a receiver, {@code acknowledgement} is the
   * current officer's own and {@code readers} every acknowledgement at this node; at the sender both
   * are empty and the readers are per target.
   */
  record Detail(Bulletin bulletin, List<Attachments.Listed> attachments, List<Target> targets, @Nullable Acknowledgement acknowledgement, List<Acknowledgement> readers) {
    public boolean allAcknowledged() {
      return targets.stream().allMatch(Target::acknowledged);
    }
  }

  /** At the sender: one target node, how far delivery got, its first acknowledgement and every reader there. */
  record Target(String node, @Nullable Delivery delivery, @Nullable Acknowledgement acknowledgement, List<Acknowledgement> readers) {
    public boolean acknowledged() {
      return acknowledgement != null;
    }
  }

  /** A sent bulletin with its counts of targets, deliveries, acknowledged targets and readers. */
  record SentSummary(Bulletin bulletin, int targets, long delivered, int acknowledged, int readers) {}

  /** What the tracking list is audited with: it shows where the node's bulletins went and who read them. */
  static final String TRACKING_PURPOSE = "通报跟踪";

  /** Opens a bulletin (and, for one this node sent, its tracking): audited, refusals too. */
  @Transactional(noRollbackFor = RequestRefused.class)
  Detail open(UUID id) {
    Bulletin bulletin = readable(id, "bulletin.read");
    Detail detail = detail(bulletin);
    audit.record("bulletin.read", id.toString(), bulletin.purpose(), AuditOutcome.ok());
    return detail;
  }

  /**
   * The same as {@link #open} without an audit entry: for the page's polling of the targets' state,
   * which follows an audited opening. The reading rules hold all the same.
   */
  @Transactional(noRollbackFor = RequestRefused.class)
  Detail detail(UUID id) {
    return detail(readable(id, "bulletin.read"));
  }

  /** The bulletin if the current officer may read it; a refusal is audited under {@code action}. */
  private Bulletin readable(UUID id, String action) {
    Bulletin bulletin = bulletins.find(id).orElseThrow(() -> BULLETIN.notFound("bulletin.refused.notHeld", id));
    if (!bulletin.mayRead(current.require())) {
      audit.record(action, id.toString(), bulletin.purpose(), AuditOutcome.denied(bulletin.handlingCode().name()));
      throw BULLETIN.forbidden("bulletin.refused.read.role", bulletin.handlingCode().name());
    }
    return bulletin;
  }

  private Detail detail(Bulletin bulletin) {
    UUID id = bulletin.id();
    if (bulletin instanceof ReceivedBulletin) {
      Acknowledgement yours = acknowledgements.own(id, current.require().username()).orElse(null);
      return new Detail(bulletin, attachments.list(id), List.of(), yours, acknowledgements.atThisNode(id));
    }
    Map<String, Delivery> deliveries = exchange.deliveries(bulletin.messageId()).stream().collect(Collectors.toMap(d -> d.node().value(), Function.identity(), (a, b) -> b));
    List<Target> targets = acknowledgements.targets(id).stream().map(t -> new Target(t.node(), deliveries.get(t.node()), t.acknowledgement(), t.readers())).toList();
    return new Detail(bulletin, attachments.list(id), targets, null, List.of());
  }

  /** The received bulletins the officer may read (H2/H3 only for the roles that read them). */
  @Transactional(readOnly = true)
  List<Bulletins.Received> inbox() {
    Officer officer = current.require();
    return bulletins.inbox(LIST_SIZE, officer.username()).stream().filter(r -> r.bulletin().mayRead(officer)).toList();
  }

  /** The sent bulletins the officer may read, with their tracking counts: opening the list is audited. */
  @Transactional
  List<SentSummary> sent() {
    Officer officer = current.require();
    List<Bulletins.Sent> sent = bulletins.sent(LIST_SIZE).stream().filter(s -> s.bulletin().mayRead(officer)).toList();
    audit.record("bulletin.tracking.list", sent.size() + " sent", TRACKING_PURPOSE, AuditOutcome.ok());
    // one question to the exchange for the whole page, not one per listed bulletin
    Map<UUID, List<Delivery>> deliveries = exchange.deliveries(sent.stream().map(s -> s.bulletin().messageId()).toList());
    return sent.stream()
        .map(s -> new SentSummary(s.bulletin(), s.bulletin().targets().size(), delivered(deliveries.get(s.bulletin().messageId())), s.acknowledged(), s.readers()))
        .toList();
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  AttachmentFile download(UUID id, int position) {
    Bulletin bulletin = readable(id, "bulletin.attachment.download");
    if (attachments.list(id).stream().noneMatch(a -> a.position() == position)) {
      throw BULLETIN.notFound("bulletin.refused.attachment.none", id, position);
    }
    AttachmentFile file = attachments.file(id, position).orElseThrow(() -> BULLETIN.conflict("bulletin.refused.attachment.arriving", id, position));
    audit.record("bulletin.attachment.download", id + "#" + position + " " + file.name(), bulletin.purpose(), AuditOutcome.ok());
    return file;
  }

  private static long delivered(@Nullable List<Delivery> deliveries) {
    return deliveries == null ? 0 : deliveries.stream().filter(d -> d.state() == DeliveryState.DELIVERED).count();
  }
}
