package cn.deltalink.exchange.internal.delivery;

import cn.deltalink.exchange.internal.ExchangeSettings;
import cn.deltalink.exchange.internal.core.EnvelopeJson;
import cn.deltalink.exchange.internal.core.Receipt;
import cn.deltalink.exchange.internal.core.Refusal;
import cn.deltalink.exchange.internal.directory.TrustedDirectory;
import cn.deltalink.exchange.internal.log.MessageLog;
import cn.deltalink.exchange.internal.peer.PeerClient;
import cn.deltalink.exchange.internal.peer.PeerStatus;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns a peer's answer to a batch into delivery states: accepted or duplicate items of a receipt
 * that verifies become ACKNOWLEDGED with the receipt kept; refusals the sender cannot repair become
 * FAILED with the peer's reason; everything else is tried again after an exponential back-off with
 * jitter (ADR 010).
 */
@Component
class ReceiptHandling {

  private final JdbcTemplate jdbc;
  private final TrustedDirectory directory;
  private final MessageLog messageLog;
  private final PeerStatus status;
  private final ExchangeSettings settings;

  ReceiptHandling(JdbcTemplate jdbc, TrustedDirectory directory, MessageLog messageLog, PeerStatus status, ExchangeSettings settings) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.messageLog = messageLog;
    this.status = status;
    this.settings = settings;
  }

  void apply(String peer, List<BatchDelivery.Pending> batch, PeerClient.Outcome outcome) {
    if (outcome instanceof PeerClient.NoAnswer none) {
      status.unreachable(peer, none.error());
      retry(peer, batch, none.error(), false);
      holdBack(peer);
      return;
    }
    PeerClient.Answer answer = (PeerClient.Answer) outcome;
    status.answered(peer);
    JsonNode body = parse(answer.body());
    Receipt receipt = receiptIn(body);
    int code = answer.status();
    if (receipt == null) {
      String detail = "HTTP " + code + (body != null && body.hasNonNull("detail") ? ": " + body.get("detail").asString() : "");
      // a refusal before the sender was proven comes without a receipt (ADR 015); its reason says whether time may mend it
      boolean mendable = body != null && body.hasNonNull("reason") && reasonOf(body.get("reason").asString()).map(Refusal.Reason::mayPassWithTime).orElse(false);
      boolean permanent = code >= 400 && code < 500 && code != 408 && code != 429 && !mendable;
      if (permanent) {
        fail(peer, batch, p -> "refused by " + peer + " (" + detail + ")");
      } else {
        retry(peer, batch, peer + " answered " + detail + " without a receipt", false);
      }
      return;
    }
    Optional<PublicKey> key = directory.key(peer);
    if (!receipt.receiver().equals(peer) || key.isEmpty() || !receipt.signatureVerifies(key.get())) {
      retry(peer, batch, "the receipt from " + peer + " does not verify with its directory key", code >= 200 && code < 300);
      return;
    }
    keep(peer, receipt);
    Map<UUID, Receipt.Item> items = new HashMap<>();
    receipt.items().forEach(i -> items.put(i.messageId(), i));
    List<BatchDelivery.Pending> acknowledged = new ArrayList<>();
    for (BatchDelivery.Pending p : batch) {
      Receipt.Item item = items.get(p.envelope().id());
      if (item == null || !item.payloadDigest().equals(p.envelope().payloadDigest())) {
        retry(peer, List.of(p), "the receipt from " + peer + " does not confirm this message and digest", false);
      } else if (item.status() == Receipt.Status.REFUSED) {
        if (reasonOf(item.reason()).map(Refusal.Reason::mayPassWithTime).orElse(false)) {
          retry(peer, List.of(p), "refused by " + peer + " for now: " + item.reason(), false);
        } else {
          fail(peer, List.of(p), x -> "refused by " + peer + ": " + item.reason());
        }
      } else {
        acknowledged.add(p);
      }
    }
    if (!acknowledged.isEmpty()) {
      // one statement for the whole batch: a statement per row cost the database more than the row itself
      jdbc.update(
          """
          update exchange_delivery d set state = 'ACKNOWLEDGED', attempts = d.attempts + 1, last_attempt_at = now(), delivered_at = coalesce(d.delivered_at, ?),
            acknowledged_at = now(), receipt_id = ?, last_error = null
          from unnest(cast(? as uuid[])) as acknowledged(id) where d.message_id = acknowledged.id and d.peer = ?
          """,
          Timestamp.from(receipt.issuedAt()),
          receipt.id(),
          acknowledged.stream().map(p -> p.envelope().id().toString()).toArray(String[]::new),
          peer);
    }
  }

  void fail(String peer, List<BatchDelivery.Pending> pending, Function<BatchDelivery.Pending, String> reason) {
    if (pending.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        "update exchange_delivery set state = 'FAILED', attempts = attempts + 1, last_attempt_at = now(), failed_at = now(), last_error = ? where message_id = ? and peer = ?",
        pending.stream().map(p -> new Object[] {MessageLog.clip(reason.apply(p)), p.envelope().id(), peer}).toList());
  }

  String lastError(UUID messageId, String peer) {
    List<String> errors = jdbc.queryForList("select last_error from exchange_delivery where message_id = ? and peer = ?", String.class, messageId, peer);
    return errors.isEmpty() || errors.get(0) == null ? "none" : errors.get(0);
  }

  private void retry(String peer, List<BatchDelivery.Pending> pending, String error, boolean storedByPeer) {
    Instant now = Instant.now();
    jdbc.batchUpdate(
        "update exchange_delivery set state = ?, attempts = attempts + 1, last_attempt_at = now(), last_error = ?, next_attempt_at = ?, delivered_at = case when ? then coalesce(delivered_at, now()) else delivered_at end where message_id = ? and peer = ?",
        pending.stream()
            .map(
                p ->
                    new Object[] {
                      storedByPeer || "DELIVERED".equals(p.state()) ? "DELIVERED" : "QUEUED",
                      MessageLog.clip(error),
                      Timestamp.from(now.plus(backoff(p.attempts() + 1, settings.retryFirstDelay(), settings.retryMaxDelay()))),
                      storedByPeer,
                      p.envelope().id(),
                      peer
                    })
            .toList());
  }

  /**
   * A peer that does not answer is probed, not flooded: nothing more is sent to it until the back-off
   * its failures in a row call for has run out ({@link PeerStatus#heldBack}), and then one message
   * ({@link BatchDelivery}), so a closed port costs no pass over the whole queue, each rebuilding
   * request bodies of megabytes. An answer to the exchange's pings ends the hold and makes everything
   * due again ({@link Dispatcher#dueNow}).
   */
  private void holdBack(String peer) {
    status.holdUntil(peer, Instant.now().plus(backoff(status.failuresInARow(peer), settings.retryFirstDelay(), settings.retryMaxDelay())));
  }

  private void keep(String peer, Receipt receipt) {
    jdbc.update(
        "insert into exchange_receipt (id, direction, issuer, peer, issued_at, canonical_form, signature) values (?, 'RECEIVED', ?, ?, ?, ?, ?) on conflict (id) do nothing",
        receipt.id(),
        receipt.receiver(),
        peer,
        Timestamp.from(receipt.issuedAt()),
        new String(receipt.canonicalForm(), StandardCharsets.UTF_8),
        receipt.signature());
    messageLog.append(
        new MessageLog.Entry(MessageLog.Kind.RECEIPT_RECEIVED, receipt.id(), peer, null, receipt.digest(), receipt.signature(), "receipt:" + receipt.id(), receipt.items().size() + " items"));
  }

  /** The wait before attempt {@code attempt + 1}: doubling from the first delay up to the cap, then 50-100 % of it. */
  static Duration backoff(int attempt, Duration first, Duration max) {
    long millis = first.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
    long capped = Math.min(millis, max.toMillis());
    return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }

  private static Optional<Refusal.Reason> reasonOf(String text) {
    int colon = text.indexOf(':');
    try {
      return Optional.of(Refusal.Reason.valueOf(colon < 0 ? text : text.substring(0, colon)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static @Nullable JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? null : EnvelopeJson.mapper().readTree(body);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static @Nullable Receipt receiptIn(@Nullable JsonNode body) {
    if (body == null || !body.isObject()) {
      return null;
    }
    JsonNode node = body.has("receiptId") ? body : body.get("receipt");
    try {
      return node == null ? null : Receipt.fromJson(node);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
