package cn.deltalink.checkpoint.internal.hits;

import cn.deltalink.checkpoint.internal.CheckpointClock;

import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import cn.deltalink.alert.AlertsOnRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Hits as the API and the screens show them: the read masked as the viewer's role says, the clock as of now. */
@Component
public class HitViews {

  /** The passing event that hit, as far as the hit keeps it. */
  public record EventView(String id, String kind, Instant at, @Nullable String lane, @Nullable String residentId, @Nullable String name, @Nullable String plate) {}

  public record CheckpointView(String code, String name) {}

  /** One hit. {@code confirmBy} is absent until the issuer has received the hit; {@code secondsLeft} counts down to it. */
  public record View(
      UUID id,
      UUID alertId,
      long alertVersion,
      String issuingNode,
      String checkpointNode,
      CheckpointView checkpoint,
      EventView event,
      String match,
      double score,
      String matchedOn,
      String reason,
      String category,
      String actionOnHit,
      List<String> warningMarkers,
      @Nullable String notActedOnHere,
      boolean doNotAct,
      Instant detectedAt,
      boolean issuerReceived,
      @Nullable Instant receivedAt,
      @Nullable Instant confirmBy,
      @Nullable Long secondsLeft,
      boolean reminded,
      String state,
      boolean overdue,
      @Nullable Instant decidedAt,
      @Nullable String decidedBy,
      @Nullable String outcome,
      @Nullable Instant outcomeAt,
      @Nullable String outcomeBy,
      @Nullable String photo,
      boolean alertWithdrawn) {}

  private final Masking masking;
  private final CheckpointClock clock;
  private final AlertsOnRecord alerts;

  HitViews(Masking masking, CheckpointClock clock, AlertsOnRecord alerts) {
    this.alerts = alerts;
    this.masking = masking;
    this.clock = clock;
  }

  public View of(Hit h) {
    return of(h, masking.mayUnmask(PersonalField.RESIDENT_ID), masking.mayUnmask(PersonalField.NAME));
  }

  /** For a viewer whose right to see the ID number and name in full was settled beforehand (a stream). */
  public View of(Hit h, boolean fullId, boolean fullName) {
    Instant now = clock.now();
    var left = h.remaining(now);
    String id = h.readResidentId() == null ? null : fullId ? h.readResidentId() : PersonalField.RESIDENT_ID.mask(h.readResidentId());
    String name = h.readName() == null ? null : fullName ? h.readName() : PersonalField.NAME.mask(h.readName());
    return new View(
        h.id(), h.alertId(), h.alertVersion(), h.issuingNode(), h.checkpointNode(), new CheckpointView(h.checkpointCode(), h.checkpointName()),
        new EventView(h.eventId(), h.eventKind(), h.eventAt(), h.lane(), id, name, h.readPlate()), h.match(), h.score(), h.matchedOn(), maskedReason(h, fullId), h.category(),
        h.actionOnHit(), h.warningMarkers(), h.notActedOnHere(), h.doNotAct(), h.detectedAt(), h.receivedAt() != null, h.receivedAt(), h.confirmBy(),
        left == null ? null : left.toSeconds(), h.remindedAt() != null, h.state().slug(), h.overdue(now), h.decidedAt(), h.decidedBy(), h.outcome() == null ? null : h.outcome().slug(),
        h.outcomeAt(), h.outcomeBy(), HitAlerts.photo(alerts, h), HitAlerts.withdrawn(alerts, h));
  }

  /** The matcher's reason quotes the ID number read; it is masked there as in the event. */
  private static String maskedReason(Hit h, boolean fullId) {
    String reason = h.reason();
    if (!fullId && h.readResidentId() != null) {
      reason = reason.replace(h.readResidentId(), PersonalField.RESIDENT_ID.mask(h.readResidentId()));
    }
    return reason;
  }
}
