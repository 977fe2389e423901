package cn.deltalink.fraud.internal.warning;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.fraud.internal.FraudRoles;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.AgencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what this province did on a warning it received and sends it back to the warning's sender
 * in the same transaction, so the sender sees every intervention the receiver has on record.
 */
@Service
public class RecordingInterventions {

  private final WarningRows rows;
  private final Exchange exchange;
  private final WarningMessages messages;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  RecordingInterventions(WarningRows rows, Exchange exchange, WarningMessages messages, CurrentOfficer current, AuditTrail audit) {
    this.rows = rows;
    this.exchange = exchange;
    this.messages = messages;
    this.current = current;
    this.audit = audit;
  }

  /** What an officer asks to record; checked here, since it comes from a form or the API. */
  public record Request(String kind, String outcome, BigDecimal amountStopped, String note) {}

  @Transactional(noRollbackFor = RequestRefused.class)
  public Intervention record(UUID warningId, Request request) {
    Officer officer = current.get().orElseThrow(() -> RequestRefused.forbidden("Sign in to record interventions"));
    if (officer.roles().stream().noneMatch(FraudRoles.INTERVENERS::contains)) {
      audit.record("fraud.intervention", warningId.toString(), WarningMessages.PURPOSE, AuditOutcome.denied("role"));
      throw RequestRefused.forbidden("Interventions are recorded by fraud analysts, duty officers and administrators");
    }
    WarningRows.Row row = rows.find(warningId, WarningRows.Side.RECEIVED).orElseThrow(() -> RequestRefused.notFound("No warning " + warningId + " received here"));
    Intervention.Kind kind = Intervention.Kind.parse(request.kind()).orElseThrow(() -> RequestRefused.invalid("kind is dissuasion, stop-payment or freeze"));
    Intervention.Outcome outcome = Intervention.Outcome.parse(request.outcome()).orElseThrow(() -> RequestRefused.invalid("outcome is succeeded, partly, failed or pending"));
    Intervention intervention;
    try {
      intervention = new Intervention(UUID.randomUUID(), warningId, exchange.localNode().value(), kind, outcome, request.amountStopped(), request.note().strip(), officer.username(),
          Instant.now().truncatedTo(ChronoUnit.MICROS));
    } catch (IllegalArgumentException e) {
      throw RequestRefused.invalid(e.getMessage());
    }
    rows.addIntervention(intervention);
    Warning warning = row.warning();
    if (!warning.senderNode().equals(exchange.localNode().value())) {
      exchange.send(new OutgoingMessage(WarningMessages.INTERVENTION, Recipients.of(NodeId.of(warning.senderNode())), HandlingCode.valueOf(warning.handlingCode()), WarningMessages.PURPOSE,
          AgencyCode.of(officer.agencyCode()), messages.write(intervention), row.messageId()));
    }
    audit.record("fraud.intervention", warningId + " " + kind.slug() + " " + outcome.slug(), WarningMessages.PURPOSE, AuditOutcome.ok());
    return intervention;
  }
}
