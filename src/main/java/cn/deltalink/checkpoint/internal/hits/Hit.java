package cn.deltalink.checkpoint.internal.hits;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A hit (比中): an event at a checkpoint that matched an alert, with the confirmation clock. The id is
 * the same at the checkpoint's node and the issuer's. The clock starts when the issuer receives the
 * hit ({@code receivedAt}); until then there is no deadline.
 *
 * @param match {@code certain} or {@code possible}
 * @param notActedOnHere the reason this node flagged the alert, when it did: the officer must not act
 */
public record Hit(
    UUID id,
    UUID alertId,
    long alertVersion,
    String issuingNode,
    String checkpointNode,
    String checkpointCode,
    String checkpointName,
    String eventId,
    String eventKind,
    Instant eventAt,
    @Nullable String lane,
    @Nullable String readResidentId,
    @Nullable String readName,
    @Nullable String readPlate,
    String match,
    double score,
    String matchedOn,
    String reason,
    String category,
    String actionOnHit,
    List<String> warningMarkers,
    String handlingCode,
    @Nullable String notActedOnHere,
    Instant detectedAt,
    @Nullable Instant receivedAt,
    @Nullable Instant confirmBy,
    @Nullable Instant remindAt,
    @Nullable Instant remindedAt,
    @Nullable Instant overdueAt,
    HitState state,
    @Nullable Instant decidedAt,
    @Nullable String decidedBy,
    @Nullable Outcome outcome,
    @Nullable Instant outcomeAt,
    @Nullable String outcomeBy) {

  public Hit {
    warningMarkers = List.copyOf(warningMarkers);
    if (!match.equals("certain") && !match.equals("possible")) {
      throw new IllegalArgumentException("a hit is certain or possible");
    }
    if ((receivedAt == null) != (confirmBy == null)) {
      throw new IllegalArgumentException("the deadline exists exactly when the issuer has received the hit");
    }
  }

  /** The clock started: the issuer received the hit at {@code at} and has {@code within} to confirm; reminded at half time. */
  public Hit received(Instant at, Duration within) {
    return new Hit(id, alertId, alertVersion, issuingNode, checkpointNode, checkpointCode, checkpointName, eventId, eventKind, eventAt, lane, readResidentId, readName, readPlate, match,
        score, matchedOn, reason, category, actionOnHit, warningMarkers, handlingCode, notActedOnHere, detectedAt, at, at.plus(within), at.plus(within.dividedBy(2)), null, null, state,
        decidedAt, decidedBy, outcome, outcomeAt, outcomeBy);
  }

  public boolean awaitingConfirmation() {
    return state == HitState.AWAITING_CONFIRMATION;
  }

  /** Whether the deadline passed without a decision: marked when seen, or computed from the clock. */
  public boolean overdue(Instant now) {
    return overdueAt != null || awaitingConfirmation() && confirmBy != null && !now.isBefore(confirmBy);
  }

  /** Time left to confirm (negative once overdue); null while the issuer has not received the hit. */
  @Nullable Duration remaining(Instant now) {
    return confirmBy == null || !awaitingConfirmation() ? null : Duration.between(now, confirmBy);
  }

  /** The officer must not act: the alert is flagged here, or the hit is only possible. */
  public boolean doNotAct() {
    return notActedOnHere != null;
  }

  public boolean certain() {
    return match.equals("certain");
  }
}
