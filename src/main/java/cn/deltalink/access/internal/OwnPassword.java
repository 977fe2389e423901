package cn.deltalink.access.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.platform.RequestRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** An officer changes their own password, confirming the current one first. */
@Component
class OwnPassword {

  private final SigningIn signingIn;
  private final Officers officers;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final Refusals refusals;

  OwnPassword(SigningIn signingIn, Officers officers, PasswordEncoder passwords, AuditTrail audit, Refusals refusals) {
    this.signingIn = signingIn;
    this.officers = officers;
    this.passwords = passwords;
    this.audit = audit;
    this.refusals = refusals;
  }

  void change(Officer officer, @Nullable String current, @Nullable String next) {
    if (current == null || current.isEmpty()) {
      throw reject("access.password.currentRequired", "current password missing");
    }
    String candidate = next == null ? "" : next;
    var weakness = PasswordPolicy.problemWith(officer.username(), candidate);
    if (weakness.isPresent()) {
      throw reject(weakness.get(), "new password breaks the policy");
    }
    if (candidate.equals(current)) {
      throw reject("access.password.unchanged", "new password equals the current one");
    }
    if (!signingIn.confirmPassword(officer.username(), current)) {
      throw reject("access.password.currentWrong", "current password wrong");
    }
    officers.setPasswordHash(officer.username(), passwords.encode(candidate));
    audit.record("account.password", officer.username(), "", AuditOutcome.ok());
  }

  private RequestRefused reject(String key, String outcome) {
    audit.record("account.password", "", "", AuditOutcome.rejected(outcome));
    return refusals.invalid(key, PasswordPolicy.MIN_LENGTH);
  }
}
