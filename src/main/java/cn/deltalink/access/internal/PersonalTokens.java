package cn.deltalink.access.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.internal.audit.ChainedAuditTrail;
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
 * jurisdiction, and stops working when the owner is disabled or locked out.
 */
@Component
class PersonalTokens {

  static final int DEFAULT_DAYS = 90;
  static final int MAX_DAYS = 365;
  static final int MAX_USABLE = 20;

  /** A newly created token: the only time its secret is shown. */
  record Issued(long id, String name, String token, Instant expiresAt) {}

  private final ApiTokens tokens;
  private final Officers officers;
  private final OfficerProfiles profiles;
  private final ChainedAuditTrail audit;
  private final Refusals refusals;
  private final Clock clock = Clock.systemUTC();

  PersonalTokens(ApiTokens tokens, Officers officers, OfficerProfiles profiles, ChainedAuditTrail chain, Refusals refusals) {
    this.tokens = tokens;
    this.officers = officers;
    this.profiles = profiles;
    this.audit = chain;
    this.refusals = refusals;
  }

  Issued issue(Officer owner, @Nullable String name, @Nullable Integer expiresInDays) {
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty() || cleanName.codePointCount(0, cleanName.length()) > 64 || cleanName.codePoints().anyMatch(Character::isISOControl)) {
      audit.record("account.token.create", "", "", AuditOutcome.rejected("name"));
      throw refusals.invalid("access.token.name.invalid");
    }
    int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
    if (days < 1 || days > MAX_DAYS) {
      audit.record("account.token.create", cleanName, "", AuditOutcome.rejected("expiry"));
      throw refusals.invalid("access.token.expiry", MAX_DAYS);
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

  /** The officer a presented token acts for; failures are audited and thrown as authentication errors. */
  Officer authenticate(String presented) {
    Instant now = clock.instant();
    String owner = TokenSecret.wellFormed(presented) ? tokens.ownerOf(TokenSecret.hash(presented), now).orElse(null) : null;
    if (owner == null) {
      audit.recordFor("anonymous", null, "login.failure", "api token", "", AuditOutcome.failed("unknown, expired or revoked token"));
      throw new BadCredentialsException("The API token is unknown, expired or revoked.");
    }
    Officers.Account account = officers.find(owner).orElseThrow(() -> new BadCredentialsException("The API token is unknown, expired or revoked."));
    if (!account.enabled()) {
      audit.recordFor(owner, account.agencyCode(), "login.failure", "api token", "", AuditOutcome.failed("disabled"));
      throw new DisabledException("The account is disabled.");
    }
    if (account.lockedAt(now)) {
      audit.recordFor(owner, account.agencyCode(), "login.failure", "api token", "", AuditOutcome.failed("locked until " + account.lockedUntil()));
      throw new LockedException("The account is locked.");
    }
    return profiles.of(account);
  }
}
