package cn.deltalink.population.internal.sweep;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.population.Resident;
import cn.deltalink.population.internal.register.PopulationClock;
import cn.deltalink.population.internal.register.ResidentRows;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.AgencyCode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The double-registration sweep (ADR 029), both ends. The starting node sends each other member a
 * sweep request; each computes the short keyed hashes of everyone registered there now and sends
 * them back in parts; the starter looks each up among its own residents' hashes — the hashes that
 * match nothing are never stored — and for the matches sends a follow-up asking for the details,
 * which the other node answers with the full hash (the confirmation) and the record. No node ever
 * sends its register, nor the starter its own hashes.
 */
@Service
class Sweeping {

  static final String PURPOSE = "户籍重复登记比对";

  private static final Logger log = LoggerFactory.getLogger(Sweeping.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SweepRows rows;
  private final ResidentRows residents;
  private final SweepKeys keys;
  private final SweepMessages messages;
  private final Exchange exchange;
  private final AuditTrail audit;
  private final PopulationClock clock;
  private final Agencies agencies;
  private final NodeSettings node;
  /** Each recent sweep's own hashes, at both ends: rebuilt from the register when missing (after a restart). */
  private final Map<String, Held> recent =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
          return size() > 4;
        }
      };

  Sweeping(SweepRows rows, ResidentRows residents, SweepKeys keys, SweepMessages messages, Exchange exchange, AuditTrail audit, PopulationClock clock, Agencies agencies, NodeSettings node) {
    this.rows = rows;
    this.residents = residents;
    this.keys = keys;
    this.messages = messages;
    this.exchange = exchange;
    this.audit = audit;
    this.clock = clock;
    this.agencies = agencies;
    this.node = node;
  }

  /** Starts a sweep against every other member; the id to follow it by. */
  @Transactional
  UUID start(String startedBy) {
    int generation = keys.newestGeneration();
    UUID id = UUID.randomUUID();
    byte[] nonceBytes = new byte[16];
    RANDOM.nextBytes(nonceBytes);
    String nonce = HexFormat.of().formatHex(nonceBytes);
    List<NodeId> others = exchange.members().stream().map(Exchange.Member::id).filter(n -> !n.equals(exchange.localNode())).toList();
    OwnHashes own = hashed(id, generation, nonce).own();
    rows.insert(new SweepRows.Sweep(id, nonce, generation, startedBy, clock.now(), own.size(), others.stream().map(NodeId::value).toList()));
    if (!others.isEmpty()) {
      exchange.send(new OutgoingMessage(SweepMessages.REQUESTED, Recipients.of(others), HandlingCode.H2, PURPOSE, agency(), messages.write(new SweepMessages.Requested(id.toString(), nonce, generation)), null));
    }
    audit.record("population.sweep", id.toString(), PURPOSE, AuditOutcome.ok(own.size() + " residents, " + others.size() + " nodes asked"));
    return id;
  }

  /** At another node: hashes everyone registered here now and sends them back in parts. */
  void answerRequest(ReceivedMessage message) {
    SweepMessages.Requested request = messages.read(message.payloadJson(), SweepMessages.Requested.class);
    UUID sweep = UUID.fromString(request.sweepId());
    Recipients starter = Recipients.of(message.senderNode());
    if (!keys.holds(request.generation())) {
      String refusal = "this node holds no sweep secret of generation " + request.generation();
      exchange.send(new OutgoingMessage(SweepMessages.HASHES, starter, HandlingCode.H2, PURPOSE, agency(), messages.write(new SweepMessages.Hashes(request.sweepId(), 0, 0, 0, "", refusal)), message.id()));
      audit.record("population.sweep.answer", request.sweepId() + " from " + message.senderNode(), message.purpose(), AuditOutcome.rejected(refusal));
      return;
    }
    Held held = hashed(sweep, request.generation(), request.nonce());
    long[] all = held.own().shortHashes();
    Arrays.sort(all);
    int parts = Math.max(1, (all.length + SweepMessages.HASHES_PER_PART - 1) / SweepMessages.HASHES_PER_PART);
    for (int p = 0; p < parts; p++) {
      int from = p * SweepMessages.HASHES_PER_PART;
      int to = Math.min(all.length, from + SweepMessages.HASHES_PER_PART);
      String payload = messages.write(new SweepMessages.Hashes(request.sweepId(), p + 1, parts, to - from, SweepMessages.encode(all, from, to), null));
      exchange.send(new OutgoingMessage(SweepMessages.HASHES, starter, HandlingCode.H2, PURPOSE, agency(), payload, message.id()));
    }
    audit.record("population.sweep.answer", request.sweepId() + " from " + message.senderNode(), message.purpose(), AuditOutcome.ok(all.length + " keyed hashes in " + parts + " parts"));
  }

  /** At the starter: looks a part of another node's hashes up among its own; asks for details once a node's parts are all in. */
  void receiveHashes(ReceivedMessage message) {
    SweepMessages.Hashes part = messages.read(message.payloadJson(), SweepMessages.Hashes.class);
    SweepRows.Sweep sweep = sweepFrom(part.sweepId(), message);
    String from = message.senderNode().value();
    if (part.refusal() != null) {
      rows.insertPart(sweep.id(), from, 0, 0, -1, clock.now());
      log.warn("Sweep {}: {} refused: {}", sweep.id(), from, part.refusal());
      return;
    }
    if (part.part() < 1 || part.part() > part.parts() || part.parts() > 10_000) {
      throw new IllegalArgumentException("part " + part.part() + " of " + part.parts() + " is not a part");
    }
    long[] hashes = SweepMessages.decode(part.hashes());
    if (!rows.insertPart(sweep.id(), from, part.part(), part.parts(), hashes.length, clock.now())) {
      return;
    }
    OwnHashes own = hashed(sweep.id(), sweep.generation(), sweep.nonce()).own();
    List<String> hitIds = new ArrayList<>();
    List<Long> hitHashes = new ArrayList<>();
    for (long h : hashes) {
      String id = own.residentOf(h);
      if (id != null) {
        hitIds.add(id);
        hitHashes.add(h);
      }
    }
    rows.insertHits(sweep.id(), from, hitIds, hitHashes);
    long received = rows.parts(sweep.id()).stream().filter(p -> p.node().equals(from)).count();
    if (received == part.parts()) {
      List<Long> matched = rows.hits(sweep.id()).stream().filter(h -> h.node().equals(from)).map(SweepRows.Hit::shortHash).toList();
      if (!matched.isEmpty()) {
        exchange.send(new OutgoingMessage(SweepMessages.DETAILS_REQUESTED, Recipients.of(message.senderNode()), HandlingCode.H2, PURPOSE, agency(),
            messages.write(new SweepMessages.DetailsRequested(sweep.id().toString(), sweep.nonce(), sweep.generation(), SweepMessages.hexes(matched))), message.id()));
      }
      audit.record("population.sweep.compare", sweep.id() + " with " + from, PURPOSE, AuditOutcome.ok(matched.size() + " common hashes"));
    }
  }

  /** At another node: the details of the residents the starter found registered in both places. */
  void answerDetails(ReceivedMessage message) {
    SweepMessages.DetailsRequested request = messages.read(message.payloadJson(), SweepMessages.DetailsRequested.class);
    UUID sweep = UUID.fromString(request.sweepId());
    if (request.hashes().size() > 100_000) {
      throw new IllegalArgumentException("at most 100,000 hashes per details request");
    }
    if (!keys.holds(request.generation())) {
      throw new IllegalArgumentException("This node holds no sweep secret of generation " + request.generation());
    }
    Held held = hashed(sweep, request.generation(), request.nonce());
    List<SweepMessages.Detail> details = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (String hex : request.hashes()) {
      ids.add(held.own().residentOf(SweepMessages.unhex(hex)));
    }
    Map<String, Resident> found = new LinkedHashMap<>();
    residents.findAll(ids.stream().filter(java.util.Objects::nonNull).toList()).forEach(r -> found.put(r.residentId().value(), r));
    SweepHashes hashes = new SweepHashes(held.key());
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Resident r = id == null ? null : found.get(id);
      details.add(r == null
          ? new SweepMessages.Detail(request.hashes().get(i), null, null, null, null)
          : new SweepMessages.Detail(request.hashes().get(i), hashes.fullHex(id), r.status().slug(), r.householdAddressCode(), r.name()));
    }
    exchange.send(new OutgoingMessage(SweepMessages.DETAILS, Recipients.of(message.senderNode()), HandlingCode.H2, PURPOSE, agency(), messages.write(new SweepMessages.Details(request.sweepId(), details)), message.id()));
    audit.record("population.sweep.details", request.sweepId() + " for " + message.senderNode(), message.purpose(), AuditOutcome.ok(details.size() + " residents registered in both provinces"));
  }

  /** At the starter: confirms each hit by its full hash and keeps the other node's details. */
  void receiveDetails(ReceivedMessage message) {
    SweepMessages.Details answer = messages.read(message.payloadJson(), SweepMessages.Details.class);
    SweepRows.Sweep sweep = sweepFrom(answer.sweepId(), message);
    Held held = hashed(sweep.id(), sweep.generation(), sweep.nonce());
    OwnHashes own = held.own();
    SweepHashes hashes = new SweepHashes(held.key());
    for (SweepMessages.Detail d : answer.details()) {
      long shortHash = SweepMessages.unhex(d.hash());
      String id = own.residentOf(shortHash);
      boolean confirmed = id != null && d.fullHash() != null && d.fullHash().equals(hashes.fullHex(id));
      rows.answer(sweep.id(), message.senderNode().value(), shortHash, confirmed, clip(d.status(), 12), clip(d.householdAddressCode(), 12), clip(d.name(), 64), clock.now());
    }
  }

  private SweepRows.Sweep sweepFrom(String sweepId, ReceivedMessage message) {
    SweepRows.Sweep sweep = rows.find(UUID.fromString(sweepId)).orElseThrow(() -> new IllegalArgumentException("No sweep " + sweepId + " was started here"));
    if (!sweep.participants().contains(message.senderNode().value())) {
      throw new IllegalArgumentException(message.senderNode() + " was not asked in sweep " + sweepId);
    }
    return sweep;
  }

  /** A sweep's key and this register's hashes under it. */
  record Held(byte[] key, OwnHashes own) {}

  /** This register's hashes in a sweep (at either end), computed once and kept while the sweep is recent. */
  private Held hashed(UUID sweep, int generation, String nonce) {
    // keyed by everything the key derives from, so another node's request with a known sweep id cannot stand in for this one
    String cacheKey = sweep + "/" + nonce + "/" + generation;
    synchronized (recent) {
      Held held = recent.get(cacheKey);
      if (held != null) {
        return held;
      }
      byte[] key = keys.sweepKey(generation, sweep.toString(), nonce);
      SweepHashes hashes = new SweepHashes(key);
      List<String> ids = new ArrayList<>();
      residents.forEachActiveId(ids::add);
      OwnHashes own = new OwnHashes(ids.size());
      for (String id : ids) {
        own.put(hashes.shortHash(id), id);
      }
      held = new Held(key, own);
      recent.put(cacheKey, held);
      return held;
    }
  }

  private AgencyCode agency() {
    return AgencyCode.of(agencies.provincialDepartment(node.province()).code());
  }

  private static String clip(String text, int max) {
    return text == null ? null : text.length() > max ? text.substring(0, max) : text;
  }
}
