package cn.deltalink.fraud.internal.warning;

import static cn.deltalink.fraud.internal.Refused.FRAUD;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.fraud.internal.FraudRoles;
import cn.deltalink.fraud.internal.RuleBroken;
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
    Officer officer = current.get().orElseThrow(() -> FRAUD.forbidden("fraud.refused.signIn.interventions"));
    if (officer.roles().stream().noneMatch(FraudRoles.INTERVENERS::contains)) {
      audit.record("fraud.intervention", warningId.toString(), WarningMessages.PURPOSE, AuditOutcome.denied("role"));
      throw FRAUD.forbidden("fraud.refused.role.intervene");
    }
    WarningRows.Row row = rows.find(warningId, WarningRows.Side.RECEIVED).orElseThrow(() -> FRAUD.notFound("fraud.refused.warning.notReceived", warningId));
    Intervention.Kind kind = Intervention.Kind.parse(request.kind()).orElseThrow(() -> FRAUD.invalid("fraud.refused.intervention.kind"));
    Intervention.Outcome outcome = Intervention.Outcome.parse(request.outcome()).orElseThrow(() -> FRAUD.invalid("fraud.refused.intervention.outcome"));
    Intervention intervention;
    try {
      intervention = new Intervention(UUID.randomUUID(), warningId, exchange.localNode().value(), kind, outcome, request.amountStopped(), request.note().strip(), officer.username(),
          Instant.now().truncatedTo(ChronoUnit.MICROS));
    } catch (RuleBroken e) {
      throw e.refused();
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
