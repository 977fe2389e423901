package cn.deltalink.exchange.internal.inbox;

import cn.deltalink.exchange.internal.EnvelopeRows;
import cn.deltalink.exchange.internal.core.Envelope;
import cn.deltalink.exchange.internal.core.Receipt;
import cn.deltalink.exchange.internal.core.Refusal;
import cn.deltalink.exchange.internal.core.Timestamps;
import cn.deltalink.exchange.internal.core.UuidV7;
import cn.deltalink.exchange.internal.directory.NodeIdentity;
import cn.deltalink.exchange.internal.log.MessageLog;
import cn.deltalink.platform.NodeId;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The receiving side's store (收件箱): in one transaction it inserts the verified envelopes of a
 * batch exactly once ({@code on conflict (id) do nothing}: an id already held is a duplicate, to be
 * acknowledged and not processed again), logs every envelope and refusal, and issues one signed
 * receipt for the whole batch.
 */
@Component
class Inbox {

  /** One envelope of a request: what it claims, and the envelope or the reason it is refused. */
  record Slot(@Nullable UUID claimedId, @Nullable String claimedSender, String claimedDigest, @Nullable Envelope envelope, @Nullable Refusal refusal) {}

  /**
   * The verified envelopes of a batch in one statement (arrays, one element per envelope); returns
   * the ids it stored: an id it does not return was already held, or came twice in the batch.
   */
  private static final String INSERT =
      "insert into exchange_inbox (" + EnvelopeRows.COLUMNS + ", receipt_id) select e.*, ? from (" + EnvelopeRows.SELECT + ") e on conflict (id) do nothing returning id";

  private final JdbcTemplate jdbc;
  private final JdbcClient client;
  private final NodeIdentity identity;
  private final MessageLog messageLog;
  private final InboxProcessor processor;

  Inbox(JdbcTemplate jdbc, JdbcClient client, NodeIdentity identity, MessageLog messageLog, InboxProcessor processor) {
    this.jdbc = jdbc;
    this.client = client;
    this.identity = identity;
    this.messageLog = messageLog;
    this.processor = processor;
  }

  @Transactional
  public Receipt accept(List<Slot> slots) {
    UUID receiptId = UuidV7.next();
    List<Envelope> verified = slots.stream().filter(s -> s.refusal() == null && s.envelope() != null).map(Slot::envelope).toList();
    // the ids this batch stored: the first envelope with such an id is new, anything else is held already
    Set<UUID> stored = new HashSet<>(verified.isEmpty() ? List.of() : jdbc.query(INSERT, (rs, i) -> rs.getObject(1, UUID.class), insertParameters(receiptId, verified)));
    Set<UUID> firstSeen = new HashSet<>();
    List<UUID> held = verified.stream().map(Envelope::id).filter(id -> !stored.contains(id) || !firstSeen.add(id)).toList();
    Map<UUID, String> heldDigests = new HashMap<>();
    if (!held.isEmpty()) {
      client.sql("select id, payload_digest from exchange_inbox where id in (:ids)").param("ids", held).query((rs, i) -> heldDigests.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }
    List<Receipt.Item> items = new ArrayList<>();
    List<MessageLog.Entry> entries = new ArrayList<>();
    Set<UUID> reported = new HashSet<>();
    for (Slot slot : slots) {
      Envelope e = slot.envelope();
      if (slot.refusal() != null || e == null) {
        Refusal refusal = slot.refusal();
        String reason = refusal == null ? "MALFORMED: unreadable" : refusal.text();
        items.add(new Receipt.Item(slot.claimedId(), slot.claimedDigest(), Receipt.Status.REFUSED, reason));
        entries.add(new MessageLog.Entry(MessageLog.Kind.REFUSED, slot.claimedId(), slot.claimedSender(), null, slot.claimedDigest().isEmpty() ? null : slot.claimedDigest(), null, null, reason));
      } else if (stored.contains(e.id()) && reported.add(e.id())) {
        items.add(new Receipt.Item(e.id(), e.payloadDigest(), Receipt.Status.ACCEPTED, ""));
        entries.add(new MessageLog.Entry(MessageLog.Kind.RECEIVED, e.id(), e.senderNode(), e.type(), e.payloadDigest(), e.signature(), "inbox:" + e.id(), null));
      } else if (e.payloadDigest().equals(heldDigests.get(e.id()))) {
        items.add(new Receipt.Item(e.id(), e.payloadDigest(), Receipt.Status.DUPLICATE, ""));
      } else {
        Refusal reused = new Refusal(Refusal.Reason.ID_REUSED, "this node already holds another message with the id " + e.id());
        items.add(new Receipt.Item(e.id(), e.payloadDigest(), Receipt.Status.REFUSED, reused.text()));
        entries.add(new MessageLog.Entry(MessageLog.Kind.REFUSED, e.id(), e.senderNode(), e.type(), e.payloadDigest(), e.signature(), null, reused.text()));
      }
    }
    Receipt receipt = Receipt.signed(receiptId, identity.id(), Timestamps.now(), items, identity.privateKey());
    String peer = slots.stream().map(Slot::claimedSender).filter(s -> NodeId.isWellFormed(s)).findFirst().orElse(null);
    jdbc.update(
        "insert into exchange_receipt (id, direction, issuer, peer, issued_at, canonical_form, signature) values (?, 'ISSUED', ?, ?, ?, ?, ?)",
        receipt.id(),
        identity.id(),
        peer,
        Timestamp.from(receipt.issuedAt()),
        new String(receipt.canonicalForm(), StandardCharsets.UTF_8),
        receipt.signature());
    entries.add(new MessageLog.Entry(MessageLog.Kind.RECEIPT_ISSUED, receipt.id(), peer, null, receipt.digest(), receipt.signature(), "receipt:" + receipt.id(), items.size() + " items"));
    messageLog.appendAll(entries);
    if (!stored.isEmpty()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              processor.wake();
            }
          });
    }
    return receipt;
  }

  private static Object[] insertParameters(UUID receiptId, List<Envelope> envelopes) {
    // in the order of the statement's text: the receipt id comes first
    Object[] parameters = new Object[13];
    parameters[0] = receiptId;
    System.arraycopy(EnvelopeRows.arrays(envelopes), 0, parameters, 1, 12);
    return parameters;
  }
}
