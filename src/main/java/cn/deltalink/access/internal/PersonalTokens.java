package cn.deltalink.access.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.internal.audit.ChainedAuditTrail;
import cn.deltalink.access.internal.audit.ClientAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens: an officer creates them for scripts and other systems, sees them listed
 * without their secrets, and revokes them. A token acts with its owner's current roles and
 * jurisdiction, and stops working when the owner is disabled or locked out, or changes password.
 * Creating a token needs the password: a token cannot make more tokens, so a leaked one cannot
 * outlive its own revocation or expiry.
 */
@Component
class PersonalTokens {

  static final int MAX_USABLE = 20;

  /** A newly created token: the only time its secret is shown. */
  record Issued(long id, String name, String token, Instant expiresAt) {}

  private final ApiTokens tokens;
  private final Officers officers;
  private final OfficerProfiles profiles;
  private final ChainedAuditTrail audit;
  private final Refusals refusals;
  private final TokenPolicy policy;
  private final SignedInOfficer signedIn;
  private final CredentialAttempts attempts;
  private final CredentialUses uses;
  private final Clock clock = Clock.systemUTC();

  PersonalTokens(
      ApiTokens tokens,
      Officers officers,
      OfficerProfiles profiles,
      ChainedAuditTrail chain,
      Refusals refusals,
      TokenPolicy policy,
      SignedInOfficer signedIn,
      CredentialAttempts attempts,
      CredentialUses uses) {
    this.tokens = tokens;
    this.officers = officers;
    this.profiles = profiles;
    this.audit = chain;
    this.refusals = refusals;
    this.policy = policy;
    this.signedIn = signedIn;
    this.attempts = attempts;
    this.uses = uses;
  }

  int maxDays() {
    return policy.maxDays();
  }

  int defaultDays() {
    return policy.defaultDays();
  }

  Issued issue(Officer owner, @Nullable String name, @Nullable Integer expiresInDays) {
    if (signedIn.byToken()) {
      audit.record("account.token.create", "", "", AuditOutcome.denied("signed in with a token"));
      throw refusals.forbidden("access.token.needsPassword");
    }
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty() || cleanName.codePointCount(0, cleanName.length()) > 64 || cleanName.codePoints().anyMatch(Character::isISOControl)) {
      audit.record("account.token.create", "", "", AuditOutcome.rejected("name"));
      throw refusals.invalid("access.token.name.invalid");
    }
    int days = expiresInDays == null ? policy.defaultDays() : expiresInDays;
    if (days < 1 || days > policy.maxDays()) {
      audit.record("account.token.create", cleanName, "", AuditOutcome.rejected("expiry"));
      throw refusals.invalid("access.token.expiry", policy.maxDays());
    }
    Instant now = clock.instant();
    if (tokens.countUsable(owner.username(), now) >= MAX_USABLE) {
      audit.record("account.token.create", cleanName, "", AuditOutcome.rejected("too many"));
      throw refusals.conflict("access.token.tooMany", MAX_USABLE);
    }
    String secret = TokenSecret.generate();
    ApiTokens.Token token = tokens.create(owner.username(), cleanName, TokenSecret.hash(secret), now.plus(Duration.ofDays(days)));
    audit.record("account.token.create", "token " + token.id() + " " + cleanName, "", AuditOutcome.ok());
    return new Issued(token.id(), token.name(), secret, token.expiresAt());
  }

  List<ApiTokens.Token> of(Officer owner) {
    return tokens.of(owner.username());
  }

  void revoke(Officer owner, long id) {
    if (!tokens.revoke(owner.username(), id)) {
      audit.record("account.token.revoke", "token " + id, "", AuditOutcome.rejected("not found"));
      throw refusals.notFound("access.token.notFound", id);
    }
    audit.record("account.token.revoke", "token " + id, "", AuditOutcome.ok());
  }

  /** Revokes all of the officer's tokens because their password changed; run in the change's transaction. */
  void revokeAllOf(String username) {
    int revoked = tokens.revokeAll(username, clock.instant());
    if (revoked > 0) {
      audit.record("account.token.revoke", "all tokens of " + username, "", AuditOutcome.ok(revoked + " revoked: password changed"));
    }
  }

  /**
   * The officer a presented token acts for. Refusals are audited and thrown as authentication
   * errors; a good token is audited on its first use from an address within the audit window.
   */
  Officer authenticate(String presented) {
    String source = ClientAddress.current().orElse(SigningIn.NO_ADDRESS);
    attempts.take(source);
    Instant now = clock.instant();
    ApiTokens.Usable token = TokenSecret.wellFormed(presented) ? tokens.usable(TokenSecret.hash(presented), now).orElse(null) : null;
    if (token == null) {
      audit.recordFor("anonymous", null, "login.failure", "api token", "", AuditOutcome.failed("unknown, expired or revoked token"));
      throw new BadCredentialsException("The API token is unknown, expired or revoked.");
    }
    Officers.Account account = officers.find(token.username()).orElseThrow(() -> new BadCredentialsException("The API token is unknown, expired or revoked."));
    if (!account.enabled()) {
      audit.recordFor(account.username(), account.agencyCode(), "login.failure", "api token " + token.id(), "", AuditOutcome.failed("disabled"));
      throw new DisabledException("The account is disabled.");
    }
    if (account.lockedAt(now)) {
      audit.recordFor(account.username(), account.agencyCode(), "login.failure", "api token " + token.id(), "", AuditOutcome.failed("locked until " + account.lockedUntil()));
      throw new LockedException("The account is locked.");
    }
    attempts.succeeded(source);
    if (uses.firstInWindow("token " + token.id(), source)) {
      tokens.markUsed(token.id(), now);
      audit.recordFor(account.username(), account.agencyCode(), "login.success", "api token " + token.id(), "", AuditOutcome.ok());
    }
    return profiles.of(account);
  }
}
