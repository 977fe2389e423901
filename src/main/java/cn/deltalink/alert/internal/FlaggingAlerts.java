package cn.deltalink.alert.internal;

import static cn.deltalink.alert.internal.Refused.ALERT;

import cn.deltalink.region.AgencyCode;

import cn.deltalink.platform.NodeId;

import cn.deltalink.access.AuditOutcome;

import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.RequestRefused;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Not acted on here" (此地不执行): a receiving province flags another's alert with a reason, as a
 * Schengen state may. The flag is kept here (a hit on the alert then tells the officer not to act)
 * and travels to the issuer as an {@code alert.flagged} message, so the issuer sees it.
 */
@Component
class FlaggingAlerts implements MessageHandler {

  static final String FLAGGED = "alert.flagged";
  static final int MAX_REASON = 500;
  static final Set<Role> FLAGGERS = EnumSet.of(Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);

  /** {@code alert.flagged}: which alert, why, by whom and when; the node is the envelope's sender. */
  record Flagged(UUID alertId, String reason, String flaggedBy, Instant flaggedAt) {}

  private final Alerts alerts;
  private final AlertFlags flags;
  private final Exchange exchange;
  private final CurrentOfficer current;
  private final AuditTrail audit;
  private final JsonMapper json;

  FlaggingAlerts(Alerts alerts, AlertFlags flags, Exchange exchange, CurrentOfficer current, AuditTrail audit, JsonMapper json) {
    this.alerts = alerts;
    this.flags = flags;
    this.exchange = exchange;
    this.current = current;
    this.audit = audit;
    this.json = json;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  AlertFlags.Flag flag(UUID id, @Nullable String reason) {
    Officer officer = current.get().orElseThrow(() -> ALERT.forbidden("alert.refused.signIn"));
    if (officer.roles().stream().noneMatch(FLAGGERS::contains)) {
      audit.record("alert.flag", id.toString(), PublishingAlerts.PURPOSE, AuditOutcome.denied("role"));
      throw ALERT.forbidden("alert.refused.flaggersOnly");
    }
    String why;
    try {
      why = AlertForm.text("reason", reason, MAX_REASON, true);
    } catch (IllegalArgumentException e) {
      throw ALERT.invalid("alert.refused.rule", e.getMessage());
    }
    WantedAlert alert = alerts.find(id).orElseThrow(() -> ALERT.notFound("alert.refused.notHere", id));
    if (alert.issuingNode().equals(exchange.localNode().value())) {
      throw ALERT.conflict("alert.refused.flagOwn", id);
    }
    AlertFlags.Flag flag = new AlertFlags.Flag(id, exchange.localNode().value(), why, officer.displayName(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    flags.put(flag);
    exchange.send(
        new OutgoingMessage(FLAGGED, Recipients.of(NodeId.of(alert.issuingNode())), alert.handlingCode(), PublishingAlerts.PURPOSE, AgencyCode.of(officer.agencyCode()),
            json.writeValueAsString(new Flagged(id, why, officer.displayName(), flag.flaggedAt())), null));
    audit.record("alert.flag", id.toString(), PublishingAlerts.PURPOSE, AuditOutcome.ok());
    return flag;
  }

  @Override
  public String type() {
    return FLAGGED;
  }

  /** At the issuer: keeps the sender's flag on its own alert. */
  @Override
  public void handle(ReceivedMessage message) {
    Flagged flagged;
    try {
      flagged = json.readValue(message.payloadJson(), Flagged.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The payload is not an alert.flagged message: " + e.getOriginalMessage(), e);
    }
    WantedAlert alert = alerts.find(flagged.alertId()).orElseThrow(() -> new IllegalArgumentException("No alert " + flagged.alertId() + " here"));
    if (!alert.issuingNode().equals(exchange.localNode().value())) {
      throw new IllegalArgumentException("Alert " + flagged.alertId() + " is not this node's");
    }
    flags.put(new AlertFlags.Flag(alert.id(), message.senderNode().value(), AlertForm.text("reason", flagged.reason(), MAX_REASON, true), AlertForm.text("flaggedBy", flagged.flaggedBy(), 100, true),
        flagged.flaggedAt()));
  }
}
