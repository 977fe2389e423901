package cn.deltalink.access.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.internal.audit.ChainedAuditTrail;
import cn.deltalink.access.internal.audit.ClientAddress;
import cn.deltalink.platform.UntrustedText;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password (form login and HTTP Basic alike): counts consecutive failures,
 * locks the account when they reach the policy's limit, clears the count on success, and records
 * every failed attempt in the audit trail under the name that was typed in. A form login is recorded
 * each time; HTTP Basic, which sends the password with every API request, is recorded on its first
 * use from an address within the window of {@link CredentialUses}. Attempts from an address that
 * failed too often are refused unchecked by {@link CredentialAttempts}. The password itself is never
 * recorded.
 */
@Component
class SigningIn {

  private final Officers officers;
  private final OfficerProfiles profiles;
  private final PasswordEncoder passwords;
  private final LockoutPolicy policy;
  private final ChainedAuditTrail audit;
  private final CredentialAttempts attempts;
  private final CredentialUses uses;
  private final Clock clock = Clock.systemUTC();
  static final String HTTP_BASIC = "http basic";
  static final String NO_ADDRESS = "(no address)";

  /** Compared against when the user is unknown, so that the answer takes as long as for a known one. */
  private final String unknownUserHash;

  SigningIn(Officers officers, OfficerProfiles profiles, PasswordEncoder passwords, LockoutPolicy policy, ChainedAuditTrail audit, CredentialAttempts attempts, CredentialUses uses) {
    this.attempts = attempts;
    this.uses = uses;
    this.officers = officers;
    this.profiles = profiles;
    this.passwords = passwords;
    this.policy = policy;
    this.audit = audit;
    this.unknownUserHash = passwords.encode("no officer has this password " + System.nanoTime());
  }

  /** The officer, or an exception saying why not: bad credentials, locked, or disabled. */
  Officer signIn(String typedName, String password, String channel) {
    String source = ClientAddress.current().orElse(NO_ADDRESS);
    attempts.take(source);
    String username = typedName.strip().toLowerCase(Locale.ROOT);
    Instant now = clock.instant();
    Optional<Officers.Account> found = username.length() <= 64 ? officers.find(username) : Optional.empty();
    if (found.isEmpty()) {
      passwords.matches(password, unknownUserHash);
      // whatever was typed, of any length: the trail shows it clipped and without control characters
      audit.recordFor(username.isEmpty() ? "(empty)" : UntrustedText.clipped(username, 64), null, "login.failure", channel, "", AuditOutcome.failed("unknown officer"));
      throw new BadCredentialsException("Wrong user name or password");
    }
    Officers.Account account = found.get();
    if (account.lockedAt(now)) {
      audit.recordFor(username, account.agencyCode(), "login.failure", channel, "", AuditOutcome.failed("locked until " + account.lockedUntil()));
      throw new LockedException("The account is locked until " + account.lockedUntil());
    }
    if (account.passwordHash() == null || !passwords.matches(password, account.passwordHash())) {
      Officers.Failure failure = officers.countFailure(username, policy.maxFailures(), now.plus(policy.duration()));
      audit.recordFor(username, account.agencyCode(), "login.failure", channel, "", AuditOutcome.failed("wrong password (" + failure.failures() + " of " + policy.maxFailures() + ")"));
      if (failure.lockedUntil() != null) {
        audit.recordFor(username, account.agencyCode(), "login.lockout", channel, "", AuditOutcome.failed("locked until " + failure.lockedUntil()));
        throw new LockedException("The account is locked until " + failure.lockedUntil());
      }
      throw new BadCredentialsException("Wrong user name or password");
    }
    if (!account.enabled()) {
      audit.recordFor(username, account.agencyCode(), "login.failure", channel, "", AuditOutcome.failed("disabled"));
      throw new DisabledException("The account is disabled");
    }
    attempts.succeeded(source);
    officers.clearFailures(username);
    if (passwords.upgradeEncoding(account.passwordHash())) {
      officers.rehashPassword(username, passwords.encode(password));
    }
    if (!channel.equals(HTTP_BASIC) || uses.firstInWindow("password of " + username, source)) {
      audit.recordFor(username, account.agencyCode(), "login.success", channel, "", AuditOutcome.ok());
    }
    return profiles.of(account);
  }

  /**
   * Checks the password of an officer who is already signed in (before a change of password). A
   * wrong one counts towards the lock-out like a failed login, so a left-open session cannot be used
   * to guess it. While the account is locked, no password is accepted.
   */
  boolean confirmPassword(String username, String password) {
    Officers.Account account = officers.find(username).orElseThrow();
    if (account.lockedAt(clock.instant())) {
      audit.recordFor(username, account.agencyCode(), "login.failure", "password confirmation", "", AuditOutcome.failed("locked until " + account.lockedUntil()));
      return false;
    }
    if (account.passwordHash() != null && passwords.matches(password, account.passwordHash())) {
      return true;
    }
    Officers.Failure failure = officers.countFailure(username, policy.maxFailures(), clock.instant().plus(policy.duration()));
    audit.recordFor(username, account.agencyCode(), "login.failure", "password confirmation", "", AuditOutcome.failed("wrong password (" + failure.failures() + " of " + policy.maxFailures() + ")"));
    if (failure.lockedUntil() != null) {
      audit.recordFor(username, account.agencyCode(), "login.lockout", "password confirmation", "", AuditOutcome.failed("locked until " + failure.lockedUntil()));
    }
    return false;
  }
}
