package cn.deltalink.access.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.platform.RequestRefused;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An officer changes their own password, confirming the current one first. Their personal tokens
 * are revoked and their other sessions end, so that whoever learnt the old password or a token
 * made with it is out.
 */
@Component
class OwnPassword {

  private final SigningIn signingIn;
  private final Officers officers;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final Refusals refusals;
  private final PersonalTokens tokens;
  private final TransactionTemplate transaction;
  private final Clock clock = Clock.systemUTC();

  OwnPassword(
      SigningIn signingIn,
      Officers officers,
      PasswordEncoder passwords,
      AuditTrail audit,
      Refusals refusals,
      PersonalTokens tokens,
      TransactionTemplate transaction) {
    this.tokens = tokens;
    this.transaction = transaction;
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
    String hash = passwords.encode(candidate);
    Instant changedAt = clock.instant();
    transaction.executeWithoutResult(
        status -> {
          officers.setPasswordHash(officer.username(), hash, changedAt);
          tokens.revokeAllOf(officer.username());
        });
    audit.record("account.password", officer.username(), "", AuditOutcome.ok());
  }

  private RequestRefused reject(String key, String outcome) {
    audit.record("account.password", "", "", AuditOutcome.rejected(outcome));
    return refusals.invalid(key, PasswordPolicy.MIN_LENGTH);
  }
}
