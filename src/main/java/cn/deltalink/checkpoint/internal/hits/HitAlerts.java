package cn.deltalink.checkpoint.internal.hits;

import cn.deltalink.alert.AlertState;
import cn.deltalink.alert.AlertsOnRecord;
import cn.deltalink.alert.ArrestReported;
import org.jspecify.annotations.Nullable;

/**
 * What a hit's view and an arrest need from the hit's alert: its photo (shown at the checkpoint and the
 * duty desk, read through the alert module, which audits every view) and whether it is still in force.
 */
public final class HitAlerts {

  private HitAlerts() {}

  /** The address of the alert's photo on this node's pages, when the alert has one. */
  static @Nullable String photo(AlertsOnRecord alerts, Hit hit) {
    return "person".equals(hit.eventKind()) && alerts.hasPhoto(hit.alertId()) ? "/alerts/" + hit.alertId() + "/photo" : null;
  }

  /** Whether the alert was withdrawn since the hit (after an arrest, most often). */
  public static boolean withdrawn(AlertsOnRecord alerts, Hit hit) {
    return hit.outcome() != null && alerts.find(hit.alertId()).map(a -> a.state() == AlertState.WITHDRAWN).orElse(false);
  }

  /** The issuing node's news of an arrest on its alert, for the alert module to act on (ADR 026); null for any other outcome. */
  static @Nullable ArrestReported arrest(Hit hit, Outcome outcome, String by, java.time.Instant at) {
    return outcome == Outcome.ARRESTED ? new ArrestReported(hit.alertId(), hit.id(), hit.checkpointNode() + " · " + hit.checkpointName(), by, at) : null;
  }
}
