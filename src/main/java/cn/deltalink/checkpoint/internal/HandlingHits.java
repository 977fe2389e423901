package cn.deltalink.checkpoint.internal;

import cn.deltalink.region.AgencyCode;

import cn.deltalink.platform.NodeId;

import cn.deltalink.access.AuditOutcome;

import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.RequestRefused;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officers do with a hit: the issuer's duty desk confirms the alert is still valid (or not), the
 * checkpoint records what it did. Each travels to the other side.
 */
@Service
class HandlingHits {

  static final Set<Role> DESK = EnumSet.of(Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);
  static final Set<Role> CHECKPOINT = EnumSet.of(Role.CHECKPOINT_OFFICER, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);

  private final Hits hits;
  private final Exchange exchange;
  private final HitMessages messages;
  private final CheckpointClock clock;
  private final CurrentOfficer current;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final CheckpointPosts posts;

  HandlingHits(CheckpointPosts posts, Hits hits, Exchange exchange, HitMessages messages, CheckpointClock clock, CurrentOfficer current, AuditTrail audit, ApplicationEventPublisher events) {
    this.posts = posts;
    this.hits = hits;
    this.exchange = exchange;
    this.messages = messages;
    this.clock = clock;
    this.current = current;
    this.audit = audit;
    this.events = events;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  Hit decide(UUID id, @Nullable String decisionText) {
    Officer officer = officer(DESK, "hit.confirm", id, "Hits are confirmed by the issuing province's duty officers and supervisors");
    HitState decision = switch (decisionText == null ? "" : decisionText.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "confirmed", "confirm", "valid" -> HitState.CONFIRMED;
      case "not-valid", "not_valid", "invalid" -> HitState.NOT_VALID;
      default -> throw RequestRefused.invalid("decision is confirmed or not-valid");
    };
    Hit hit = hits.find(id).orElseThrow(() -> RequestRefused.notFound("No hit " + id + " here"));
    if (!hit.issuingNode().equals(exchange.localNode().value())) {
      throw RequestRefused.conflict("Hit " + id + " is on an alert of " + hit.issuingNode() + "; that province's duty desk confirms it");
    }
    var now = clock.now();
    if (!hits.decide(id, decision, now, officer.displayName())) {
      throw RequestRefused.conflict("Hit " + id + " is " + hits.find(id).map(h -> h.state().slug()).orElse("gone") + " already");
    }
    if (!hit.checkpointNode().equals(exchange.localNode().value())) {
      exchange.send(new OutgoingMessage(HitMessages.DECIDED, Recipients.of(NodeId.of(hit.checkpointNode())), HandlingCode.valueOf(hit.handlingCode()), HitMessages.PURPOSE, AgencyCode.of(officer.agencyCode()),
          messages.write(new HitMessages.Decided(id, decision.slug(), now, officer.displayName())), null));
    }
    audit.record("hit.confirm", id + " " + decision.slug(), HitMessages.PURPOSE, AuditOutcome.ok());
    events.publishEvent(new HitUpdated(id));
    return hits.find(id).orElseThrow();
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  Hit recordOutcome(UUID id, @Nullable String outcomeText) {
    Officer officer = officer(CHECKPOINT, "hit.outcome", id, "Outcomes are recorded by checkpoint officers, duty officers and supervisors");
    Outcome outcome;
    try {
      outcome = Outcome.parse(outcomeText == null ? "" : outcomeText);
    } catch (IllegalArgumentException e) {
      throw RequestRefused.invalid(e.getMessage());
    }
    Hit hit = hits.find(id).orElseThrow(() -> RequestRefused.notFound("No hit " + id + " here"));
    posts.requireWatch(hit.checkpointCode(), "hit.outcome");
    if (!hit.checkpointNode().equals(exchange.localNode().value())) {
      throw RequestRefused.conflict("Hit " + id + " was at a checkpoint of " + hit.checkpointNode() + "; that checkpoint records the outcome");
    }
    if (hit.outcome() != null) {
      throw RequestRefused.conflict("Hit " + id + " has its outcome already: " + hit.outcome().slug());
    }
    var now = clock.now();
    hits.recordOutcome(id, outcome, now, officer.displayName());
    if (!hit.issuingNode().equals(exchange.localNode().value())) {
      exchange.send(new OutgoingMessage(HitMessages.OUTCOME, Recipients.of(NodeId.of(hit.issuingNode())), HandlingCode.valueOf(hit.handlingCode()), HitMessages.PURPOSE, AgencyCode.of(officer.agencyCode()),
          messages.write(new HitMessages.OutcomeRecorded(id, outcome.slug(), now, officer.displayName())), null));
    } else {
      java.util.Optional.ofNullable(HitAlerts.arrest(hit, outcome, officer.displayName(), now)).ifPresent(events::publishEvent);
    }
    audit.record("hit.outcome", id + " " + outcome.slug(), HitMessages.PURPOSE, AuditOutcome.ok());
    events.publishEvent(new HitUpdated(id));
    return hits.find(id).orElseThrow();
  }

  private Officer officer(Set<Role> allowed, String action, UUID id, String refusal) {
    Officer officer = current.get().orElseThrow(() -> RequestRefused.forbidden("Sign in first"));
    if (officer.roles().stream().noneMatch(allowed::contains)) {
      audit.record(action, id.toString(), HitMessages.PURPOSE, AuditOutcome.denied("role"));
      throw RequestRefused.forbidden(refusal);
    }
    return officer;
  }
}
