package cn.deltalink.checkpoint.internal.hits;

import cn.deltalink.checkpoint.internal.CheckpointClock;
import cn.deltalink.checkpoint.internal.CheckpointSettings;
import cn.deltalink.checkpoint.internal.events.PassingEvent;
import cn.deltalink.checkpoint.internal.stations.Checkpoint;

import cn.deltalink.region.AgencyCode;

import cn.deltalink.platform.NodeId;

import cn.deltalink.alert.AlertsOnRecord;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.alert.WarningMarker;
import cn.deltalink.checkpoint.internal.matching.Candidate;
import cn.deltalink.checkpoint.internal.matching.Read;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.identity.ResidentIdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a stored event against the watchlist and raises a hit for each alert it may concern: the
 * hit is stored, shown on the checkpoint's screen after the commit, and sent to the issuing node's
 * duty desk (a hit on this node's own alert starts its clock at once). Withdrawn and expired alerts
 * never hit.
 */
@Service
public class RaisingHits {

  private final Watchlist watchlist;
  private final AlertsOnRecord alerts;
  private final Hits hits;
  private final Exchange exchange;
  private final HitMessages messages;
  private final CheckpointSettings settings;
  private final CheckpointClock clock;
  private final ApplicationEventPublisher events;

  RaisingHits(Watchlist watchlist, AlertsOnRecord alerts, Hits hits, Exchange exchange, HitMessages messages, CheckpointSettings settings, CheckpointClock clock, ApplicationEventPublisher events) {
    this.watchlist = watchlist;
    this.alerts = alerts;
    this.hits = hits;
    this.exchange = exchange;
    this.messages = messages;
    this.settings = settings;
    this.clock = clock;
    this.events = events;
  }

  /** The hits each event raised (none for most events), by the event's id; one call per batch. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<String, List<Hit>> check(Checkpoint checkpoint, List<PassingEvent> events) {
    Map<String, List<Hit>> raised = new HashMap<>();
    for (PassingEvent event : events) {
      List<Hit> hits = check(checkpoint, event);
      if (!hits.isEmpty()) {
        raised.put(event.id(), hits);
      }
    }
    return raised;
  }

  /** The hits the event raised (none for most events). */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<Hit> check(Checkpoint checkpoint, PassingEvent event) {
    Map<UUID, Candidate> best = new LinkedHashMap<>();
    for (Read read : reads(event)) {
      for (Candidate c : watchlist.check(read)) {
        best.merge(c.alertId(), c, (a, b) -> rank(b) > rank(a) ? b : a);
      }
    }
    List<Hit> raised = new ArrayList<>();
    for (Candidate candidate : best.values()) {
      raise(checkpoint, event, candidate).ifPresent(raised::add);
    }
    return raised;
  }

  private static double rank(Candidate c) {
    return (c.match() == cn.deltalink.checkpoint.internal.matching.Match.CERTAIN ? 10 : 0) + c.score();
  }

  private Optional<Hit> raise(Checkpoint checkpoint, PassingEvent event, Candidate candidate) {
    Optional<WantedAlert> found = alerts.find(candidate.alertId());
    if (found.isEmpty() || !found.get().activeOn(LocalDate.now(ResidentIdNumber.CHINA))) {
      return Optional.empty();
    }
    WantedAlert alert = found.get();
    String self = exchange.localNode().value();
    Hit hit =
        new Hit(
            UUID.randomUUID(), alert.id(), alert.version(), alert.issuingNode(), self, checkpoint.code(), checkpoint.nameZh(), event.id(), event.kind().slug(), event.at(), event.lane(),
            event.residentId(), event.name() == null ? null : event.name().value(), event.plate(), candidate.match().slug(), candidate.score(), candidate.on().slug(),
            shorten(candidate.reason().text()), alert.category().slug(), alert.actionOnHit().slug(), alert.warningMarkers().stream().map(WarningMarker::slug).toList(),
            alert.handlingCode().name(), alerts.notActedOnHere(alert.id()).orElse(null), clock.now(), null, null, null, null, null, HitState.AWAITING_CONFIRMATION, null, null, null,
            null, null);
    if (alert.issuingNode().equals(self)) {
      hit = hit.received(hit.detectedAt(), settings.confirmWithin(hit.category()));
    }
    if (!hits.add(hit)) {
      return Optional.empty();
    }
    if (!alert.issuingNode().equals(self)) {
      exchange.send(
          new OutgoingMessage(HitMessages.HIT, Recipients.of(NodeId.of(alert.issuingNode())), HandlingCode.valueOf(hit.handlingCode()), HitMessages.PURPOSE, AgencyCode.of(checkpoint.code()), messages.write(hit),
              null));
    }
    events.publishEvent(new HitUpdated(hit.id()));
    return Optional.of(hit);
  }

  /** What the event gives to check: the person (by ID number and by details) and any plate. */
  public static List<Read> reads(PassingEvent event) {
    List<Read> reads = new ArrayList<>();
    if (event.kind() == PassingEvent.Kind.PERSON) {
      var birth = event.birthDate();
      var sex = event.sex();
      if (event.residentId() != null && event.residentId().length() == 18 && (birth == null || sex == null)) {
        try {
          ResidentIdNumber id = new ResidentIdNumber(event.residentId());
          birth = birth == null ? id.birthDate() : birth;
          sex = sex == null ? id.gender() : sex;
        } catch (IllegalArgumentException e) {
          // a misread number still goes to the matcher, which treats a wrong check character as possible
        }
      }
      reads.add(new Read.Person(event.residentId(), event.name(), birth, sex));
    }
    if (event.plate() != null) {
      reads.add(new Read.Vehicle(event.plate(), event.kind() == PassingEvent.Kind.VEHICLE ? event.plateConfidence() : 1.0));
    }
    return reads;
  }

  private static String shorten(String text) {
    return text.length() <= 500 ? text : text.substring(0, 499) + "…";
  }
}
