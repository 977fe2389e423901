package cn.deltalink.identifiercheck.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.identity.IdentifierCheck;
import org.springframework.stereotype.Component;

/** Runs a check and records it in the audit trail with the value masked, for the API and the page alike. */
@Component
class CheckRecording {

  private final IdentifierCheck check;
  private final AuditTrail audit;

  CheckRecording(IdentifierCheck check, AuditTrail audit) {
    this.check = check;
    this.audit = audit;
  }

  IdentifierCheck.Outcome run(CheckRequest request) {
    IdentifierCheck.Outcome outcome = check.check(request.identifierType(), java.util.Objects.requireNonNull(request.value()));
    audit.record("identifier.check", outcome.type().code() + " " + outcome.maskedValue(), request.purposeOrEmpty(), AuditOutcome.ok(outcome.valid() ? "valid" : "invalid"));
    return outcome;
  }
}
