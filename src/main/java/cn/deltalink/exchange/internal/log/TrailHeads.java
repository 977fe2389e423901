package cn.deltalink.exchange.internal.log;

import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;

import cn.deltalink.exchange.internal.directory.NodeIdentity;

import cn.deltalink.exchange.internal.directory.TrustedDirectory;

import cn.deltalink.access.AuditHeads;
import cn.deltalink.access.AuditHeads.SignedHead;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.exchange.internal.core.EnvelopeJson;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.core.Sm2;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Anchors both trails of this node outside its database (ADR 018, docs/protocol.md "Trail heads").
 * Every round it sends each peer a {@value #TYPE} message with this node's newest signed heads
 * (audit trail and message log) and the highest heads it holds of that peer. A peer keeps what it
 * receives and sends it back in its own round; what comes back is kept as the peer's report and
 * compared with the trails by their verification, so a trail cut or rewritten in the database,
 * signed heads and all, is found as soon as a peer reports the head it holds.
 */
@Component
public class TrailHeads implements MessageHandler, SmartLifecycle {

  static final String TYPE = "trail.heads";
  private static final Logger log = LoggerFactory.getLogger(TrailHeads.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Exchange exchange;
  private final TrustedDirectory directory;
  private final NodeIdentity identity;
  private final AuditHeads auditHeads;
  private final Duration interval;
  private @Nullable ScheduledExecutorService rounds;

  TrailHeads(
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      Exchange exchange,
      TrustedDirectory directory,
      NodeIdentity identity,
      AuditHeads auditHeads,
      @Value("${deltalink.exchange.heads-interval:5m}") Duration interval) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.exchange = exchange;
    this.directory = directory;
    this.identity = identity;
    this.auditHeads = auditHeads;
    this.interval = interval;
  }

  /** One round: sign the heads and send them, with what is held of each peer, to every peer. Returns how many peers were sent to. */
  public synchronized int round() {
    Optional<SignedHead> audit = auditHeads.seal();
    Optional<Head> logHead = ownLogHead();
    Optional<String> agency = directory.member(identity.id()).flatMap(m -> m.agencies().stream().findFirst());
    if (agency.isEmpty()) {
      return 0;
    }
    int sent = 0;
    for (MemberDirectory.Member peer : directory.peers()) {
      ObjectNode payload = EnvelopeJson.mapper().createObjectNode();
      audit.ifPresent(h -> payload.set("audit", json(new Head(h.epoch(), h.seq(), h.hash(), h.signature()))));
      logHead.ifPresent(h -> payload.set("log", json(h)));
      ObjectNode held = payload.putObject("heldOfYou");
      highestHeld(peer.id(), "audit").ifPresent(h -> held.set("audit", json(h)));
      highestHeld(peer.id(), "log").ifPresent(h -> held.set("log", json(h)));
      String body = EnvelopeJson.mapper().writeValueAsString(payload);
      tx.executeWithoutResult(s -> exchange.send(new OutgoingMessage(TYPE, Recipients.of(NodeId.of(peer.id())), HandlingCode.H0, "trail heads", AgencyCode.of(agency.get()), body, null)));
      sent++;
    }
    return sent;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void handle(ReceivedMessage message) {
    JsonNode payload = EnvelopeJson.mapper().readTree(message.payloadJson());
    String sender = message.senderNode().value();
    Optional<PublicKey> senderKey = directory.key(sender);
    if (senderKey.isEmpty()) {
      return;
    }
    head(payload.path("audit")).filter(h -> Sm2.verifiesBase64(senderKey.get(), auditText(h), h.signature())).ifPresent(h -> hold(sender, "audit", h));
    head(payload.path("log")).filter(h -> Sm2.verifiesBase64(senderKey.get(), LogSealer.sealText(h.position(), h.hash()), h.signature())).ifPresent(h -> hold(sender, "log", h));
    JsonNode back = payload.path("heldOfYou");
    head(back.path("audit")).ifPresent(h -> {
      try {
        auditHeads.reportedBy(sender, new SignedHead(h.epoch(), h.position(), h.hash(), h.signature()));
      } catch (IllegalArgumentException e) {
        log.warn("{} reports an audit head that this node did not sign: {}", sender, e.getMessage());
      }
    });
    head(back.path("log")).ifPresent(h -> {
      if (Sm2.verifiesBase64(identity.publicKey(), LogSealer.sealText(h.position(), h.hash()), h.signature())) {
        witnessLog(sender, h);
      } else {
        log.warn("{} reports a message-log head that this node did not sign", sender);
      }
    });
  }

  private Optional<Head> ownLogHead() {
    return jdbc.query("select chain_pos, entry_hash, signature from exchange_log_seal order by chain_pos desc limit 1", (rs, i) -> new Head(0, rs.getLong(1), rs.getString(2).trim(), rs.getString(3))).stream().findFirst();
  }

  /** The highest head of {@code node}'s trail held here: a later, shorter one never hides a longer one it sent before. */
  private Optional<Head> highestHeld(String node, String trail) {
    return jdbc.query(
            "select epoch, position, hash, signature from exchange_held_head where node = ? and trail = ? order by epoch desc, position desc, id desc limit 1",
            (rs, i) -> new Head(rs.getInt(1), rs.getLong(2), rs.getString(3).trim(), rs.getString(4)),
            node,
            trail)
        .stream()
        .findFirst();
  }

  private void hold(String node, String trail, Head head) {
    Optional<Head> highest = highestHeld(node, trail);
    if (highest.isPresent() && highest.get().epoch() == head.epoch() && highest.get().position() == head.position() && highest.get().hash().equals(head.hash())) {
      return;
    }
    jdbc.update("insert into exchange_held_head (node, trail, epoch, position, hash, signature) values (?, ?, ?, ?, ?, ?)", node, trail, head.epoch(), head.position(), head.hash(), head.signature());
  }

  private void witnessLog(String peer, Head head) {
    Boolean known =
        jdbc.queryForObject(
            "select exists (select 1 from exchange_log_witness where id = (select max(id) from exchange_log_witness where peer = ?) and position = ? and hash = ?)", Boolean.class, peer, head.position(), head.hash());
    if (!Boolean.TRUE.equals(known)) {
      jdbc.update("insert into exchange_log_witness (peer, position, hash, signature) values (?, ?, ?, ?)", peer, head.position(), head.hash(), head.signature());
    }
  }

  private static byte[] auditText(Head head) {
    return SignedHead.text(head.epoch(), head.position(), head.hash());
  }

  private static ObjectNode json(Head head) {
    return EnvelopeJson.mapper().createObjectNode().put("epoch", head.epoch()).put("position", head.position()).put("hash", head.hash()).put("signature", head.signature());
  }

  /** A head as carried: nothing (absent or malformed) is simply not taken. */
  private static Optional<Head> head(JsonNode node) {
    if (!node.isObject() || !node.path("epoch").canConvertToInt() || !node.path("position").canConvertToLong()) {
      return Optional.empty();
    }
    String hash = node.path("hash").asString("");
    String signature = node.path("signature").asString("");
    if (!hash.matches("[0-9a-f]{64}") || signature.isBlank() || signature.length() > 200 || node.path("epoch").asInt() < 0 || node.path("position").asLong() < 0) {
      return Optional.empty();
    }
    return Optional.of(new Head(node.path("epoch").asInt(), node.path("position").asLong(), hash, signature));
  }

  /** A signed head of a trail: epoch (always 0 for the message log), position of the last entry, its hash, the owner's signature. */
  record Head(int epoch, long position, String hash, String signature) {}

  @Override
  public synchronized void start() {
    rounds = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "trail-heads");
      t.setDaemon(true);
      return t;
    });
    rounds.scheduleWithFixedDelay(this::roundLogged, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void roundLogged() {
    try {
      round();
    } catch (RuntimeException e) {
      log.warn("Sending the trail heads failed, next round in {}: {}", interval, e.getMessage());
    }
  }

  @Override
  public synchronized void stop() {
    if (rounds != null) {
      rounds.shutdownNow();
      rounds = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return rounds != null;
  }
}
