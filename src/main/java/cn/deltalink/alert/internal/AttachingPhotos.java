package cn.deltalink.alert.internal;

import static cn.deltalink.alert.internal.Refused.ALERT;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.alert.AlertKind;
import cn.deltalink.alert.AlertState;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.SharedRegister;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a photo on one of this node's person alerts, or takes it off. Each change is the next version
 * of the alert's entry in the register {@value #REGISTER} (ADR 026), sent to the alert's addressees in
 * the same transaction; a draft's photo stays here until the draft is published.
 */
@Service
class AttachingPhotos {

  static final String REGISTER = "alert-photo";

  /** The content of one {@value #REGISTER} entry: the photo, or none (removed). */
  record PhotoEntry(UUID alertId, @Nullable String contentType, @Nullable String sm3, @Nullable String base64) {}

  private final Alerts alerts;
  private final AlertPhotos photos;
  private final AlertHistory history;
  private final SharedRegister register;
  private final Exchange exchange;
  private final CurrentOfficer current;
  private final AuditTrail audit;
  private final JsonMapper json;

  AttachingPhotos(Alerts alerts, AlertPhotos photos, AlertHistory history, SharedRegister register, Exchange exchange, CurrentOfficer current, AuditTrail audit, JsonMapper json) {
    this.alerts = alerts;
    this.photos = photos;
    this.history = history;
    this.register = register;
    this.exchange = exchange;
    this.current = current;
    this.audit = audit;
    this.json = json;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  AlertPhoto attach(UUID alertId, byte[] content) {
    Officer officer = issuer(alertId);
    WantedAlert alert = changeable(alertId);
    AlertPhoto photo = AlertPhoto.uploaded(alertId, nextVersion(alertId), content);
    Instant at = now();
    photos.store(photo, alert.issuingNode(), at);
    if (alert.state() != AlertState.DRAFT) {
      share(alert, photo, officer.agencyCode());
    }
    history.record(alertId, alert.version(), "photo", officer.displayName(), photo.contentType() + ", " + photo.content().length + " bytes", at);
    audit.record("alert.photo", alertId + " v" + photo.version(), PublishingAlerts.PURPOSE, AuditOutcome.ok());
    return photo;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  void remove(UUID alertId) {
    Officer officer = issuer(alertId);
    WantedAlert alert = changeable(alertId);
    if (!photos.has(alertId)) {
      throw ALERT.notFound("alert.refused.photo.none", alertId);
    }
    photos.remove(alertId);
    if (alert.state() != AlertState.DRAFT) {
      publish(alert, new RegisterEntry(REGISTER, alertId, nextVersion(alertId), alert.issuingNode(), json.writeValueAsString(new PhotoEntry(alertId, null, null, null))), officer.agencyCode());
    }
    history.record(alertId, alert.version(), "photo-removed", officer.displayName(), null, now());
    audit.record("alert.photo-removed", alertId.toString(), PublishingAlerts.PURPOSE, AuditOutcome.ok());
  }

  /** A draft's photo goes out when the draft is published. */
  void shareWhenPublished(WantedAlert published, String agency) {
    photos.find(published.id()).ifPresent(photo -> share(published, photo, agency));
  }

  private void share(WantedAlert alert, AlertPhoto photo, String agency) {
    PhotoEntry entry = new PhotoEntry(alert.id(), photo.contentType(), photo.sm3(), Base64.getEncoder().encodeToString(photo.content()));
    publish(alert, new RegisterEntry(REGISTER, alert.id(), photo.version(), alert.issuingNode(), json.writeValueAsString(entry)), agency);
  }

  private void publish(WantedAlert alert, RegisterEntry entry, String agency) {
    Recipients recipients = alert.toEveryone() ? Recipients.everyMember() : Recipients.of(alert.targets().stream().map(NodeId::of).toList());
    register.publish(List.of(entry), recipients, alert.handlingCode(), PublishingAlerts.PURPOSE, agency);
  }

  private long nextVersion(UUID alertId) {
    long held = Math.max(register.versionOf(REGISTER, alertId), photos.find(alertId).map(AlertPhoto::version).orElse(0L));
    return held + 1;
  }

  private WantedAlert changeable(UUID alertId) {
    WantedAlert alert = alerts.find(alertId).orElseThrow(() -> ALERT.notFound("alert.refused.notHere", alertId));
    if (!alert.issuingNode().equals(exchange.localNode().value())) {
      throw ALERT.forbidden("alert.refused.notOwn", alertId, alert.issuingNode());
    }
    if (alert.kind() != AlertKind.PERSON) {
      throw ALERT.conflict("alert.refused.photo.personOnly", alert.kind().slug());
    }
    if (alert.state() == AlertState.WITHDRAWN) {
      throw ALERT.conflict("alert.refused.photo.withdrawn", alertId);
    }
    return alert;
  }

  private Officer issuer(UUID alertId) {
    Officer officer = current.get().orElseThrow(() -> ALERT.forbidden("alert.refused.signIn"));
    if (!PublishingAlerts.mayIssue(officer)) {
      audit.record("alert.photo", alertId.toString(), PublishingAlerts.PURPOSE, AuditOutcome.denied("role"));
      throw ALERT.forbidden("alert.refused.issuersOnly");
    }
    return officer;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
