package cn.deltalink.fraud.internal.warning;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.fraud.FraudWarnings;
import cn.deltalink.fraud.WarningDraft;
import cn.deltalink.fraud.WarningId;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.region.AgencyCode;
import cn.deltalink.region.Agencies;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a warning to the node of the province where the account was opened, in the caller's
 * transaction: the sent warning is stored and the message queued together, so a warning is on record
 * exactly when it is on its way. A warning on an account of this node's own province is received here
 * at once, without a message.
 */
@Service
class SendingWarnings implements FraudWarnings {

  private final BranchProvinces provinces;
  private final WarningRows rows;
  private final Exchange exchange;
  private final WarningMessages messages;
  private final NodeSettings node;
  private final Agencies agencies;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  SendingWarnings(BranchProvinces provinces, WarningRows rows, Exchange exchange, WarningMessages messages, NodeSettings node, Agencies agencies, CurrentOfficer current, AuditTrail audit) {
    this.provinces = provinces;
    this.rows = rows;
    this.exchange = exchange;
    this.messages = messages;
    this.node = node;
    this.agencies = agencies;
    this.current = current;
    this.audit = audit;
  }

  @Override
  @Transactional
  public WarningId send(WarningDraft draft) {
    NodeId receiver = provinces.nodeFor(draft.branchDivisionCode());
    NodeId self = exchange.localNode();
    String agency = current.get().map(CurrentOfficer.Officer::agencyCode).orElseGet(() -> agencies.provincialDepartment(node.province()).code());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    WarningId id = WarningId.random();
    Warning warning = Warning.of(draft, id, self.value(), receiver.value(), agency, now);
    if (receiver.equals(self)) {
      rows.add(warning, WarningRows.Side.SENT, null, null);
      rows.add(warning, WarningRows.Side.RECEIVED, null, now);
    } else {
      UUID message =
          exchange.send(new OutgoingMessage(WarningMessages.WARNING, Recipients.of(receiver), HandlingCode.valueOf(draft.handlingCode()), WarningMessages.PURPOSE, AgencyCode.of(agency),
              messages.write(warning), null));
      rows.add(warning, WarningRows.Side.SENT, message, null);
    }
    audit.record("fraud.warning.send", id + " to " + receiver.value(), WarningMessages.PURPOSE, AuditOutcome.ok());
    return id;
  }
}
