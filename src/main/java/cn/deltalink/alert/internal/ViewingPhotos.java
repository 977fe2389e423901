package cn.deltalink.alert.internal;

import static cn.deltalink.alert.internal.Refused.ALERT;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import cn.deltalink.alert.AlertState;
import cn.deltalink.exchange.Exchange;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows an alert's photo to the officers whose work is to recognise the person: a face is personal
 * data shown whole or not at all, so every view is audited with its purpose, and a refused view too.
 */
@Service
class ViewingPhotos {

  /** The roles that act on alerts and hits; others see that there is a photo, not the face. */
  static final Set<Role> VIEWERS = EnumSet.of(Role.INVESTIGATOR, Role.CHECKPOINT_OFFICER, Role.DUTY_OFFICER, Role.SUPERVISOR);

  private final Alerts alerts;
  private final AlertPhotos photos;
  private final Exchange exchange;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  ViewingPhotos(Alerts alerts, AlertPhotos photos, Exchange exchange, CurrentOfficer current, AuditTrail audit) {
    this.alerts = alerts;
    this.photos = photos;
    this.exchange = exchange;
    this.current = current;
    this.audit = audit;
  }

  static boolean mayView(CurrentOfficer.@org.jspecify.annotations.Nullable Officer officer) {
    return officer != null && officer.roles().stream().anyMatch(VIEWERS::contains);
  }

  @Transactional(noRollbackFor = cn.deltalink.platform.RequestRefused.class)
  AlertPhoto open(UUID alertId, String purpose) {
    if (!mayView(current.get().orElse(null))) {
      audit.record("alert.photo-read", alertId.toString(), purpose, AuditOutcome.denied("role"));
      throw ALERT.forbidden("alert.refused.photo.viewers");
    }
    // another node's draft is never here; this node's own draft shows its photo to its own officers
    alerts.find(alertId).filter(a -> a.state() != AlertState.DRAFT || a.issuingNode().equals(exchange.localNode().value()))
        .orElseThrow(() -> ALERT.notFound("alert.refused.notHere", alertId));
    AlertPhoto photo = photos.find(alertId).orElseThrow(() -> ALERT.notFound("alert.refused.photo.none", alertId));
    audit.record("alert.photo-read", alertId + " photo v" + photo.version(), purpose, AuditOutcome.ok());
    return photo;
  }
}
