package cn.deltalink.checkpoint.internal.hits;

import cn.deltalink.checkpoint.internal.CheckpointRefusals;
import cn.deltalink.checkpoint.internal.stations.CheckpointPosts;

import cn.deltalink.checkpoint.internal.CheckpointClock;


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
public class HandlingHits {

  public static final Set<Role> DESK = EnumSet.of(Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);
  public static final Set<Role> CHECKPOINT = EnumSet.of(Role.CHECKPOINT_OFFICER, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);

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
  public Hit decide(UUID id, @Nullable String decisionText) {
    Officer officer = officer(DESK, "hit.confirm", id, "checkpoint.refused.confirmRole");
    HitState decision = switch (decisionText == null ? "" : decisionText.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "confirmed", "confirm", "valid" -> HitState.CONFIRMED;
      case "not-valid", "not_valid", "invalid" -> HitState.NOT_VALID;
      default -> throw CheckpointRefusals.CHECKPOINT.invalid("checkpoint.refused.decision");
    };
    Hit hit = hits.find(id).orElseThrow(() -> CheckpointRefusals.CHECKPOINT.notFound("checkpoint.refused.noHit", id));
    if (!hit.issuingNode().equals(exchange.localNode().value())) {
      throw CheckpointRefusals.CHECKPOINT.conflict("checkpoint.refused.confirmElsewhere", id, hit.issuingNode());
    }
    var now = clock.now();
    if (!hits.decide(id, decision, now, officer.displayName())) {
      throw CheckpointRefusals.CHECKPOINT.conflict("checkpoint.refused.decidedAlready", id, hits.find(id).map(h -> h.state().slug()).orElse("gone"));
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
  public Hit recordOutcome(UUID id, @Nullable String outcomeText) {
    Officer officer = officer(CHECKPOINT, "hit.outcome", id, "checkpoint.refused.outcomeRole");
    Outcome outcome;
    try {
      outcome = Outcome.parse(outcomeText == null ? "" : outcomeText);
    } catch (IllegalArgumentException e) {
      throw CheckpointRefusals.CHECKPOINT.invalid("checkpoint.refused.rule", e.getMessage());
    }
    Hit hit = hits.find(id).orElseThrow(() -> CheckpointRefusals.CHECKPOINT.notFound("checkpoint.refused.noHit", id));
    posts.requireWatch(hit.checkpointCode(), "hit.outcome");
    if (!hit.checkpointNode().equals(exchange.localNode().value())) {
      throw CheckpointRefusals.CHECKPOINT.conflict("checkpoint.refused.outcomeElsewhere", id, hit.checkpointNode());
    }
    if (hit.outcome() != null) {
      throw CheckpointRefusals.CHECKPOINT.conflict("checkpoint.refused.outcomeAlready", id, hit.outcome().slug());
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

  private Officer officer(Set<Role> allowed, String action, UUID id, String refusalKey) {
    Officer officer = current.get().orElseThrow(() -> CheckpointRefusals.CHECKPOINT.forbidden("checkpoint.refused.signIn"));
    if (officer.roles().stream().noneMatch(allowed::contains)) {
      audit.record(action, id.toString(), HitMessages.PURPOSE, AuditOutcome.denied("role"));
      throw CheckpointRefusals.CHECKPOINT.forbidden(refusalKey);
    }
    return officer;
  }
}
