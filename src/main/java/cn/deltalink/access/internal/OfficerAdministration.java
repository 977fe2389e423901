package cn.deltalink.access.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator creates officers, disables and enables them, changes their roles and resets a
 * forgotten password (which revokes the officer's tokens and ends their sessions): only for officers of agencies inside the administrator's own jurisdiction.
 * Every change and every refusal is audited; a refused request changes nothing.
 */
@Component
class OfficerAdministration {

  /** An officer as an administrator sees them. */
  record Listed(String username, String displayName, String agencyCode, String agencyName, boolean enabled, boolean locked, Set<Role> roles) {}

  private static final String USERNAME = "[a-z][a-z0-9._-]{2,63}";

  private final Officers officers;
  private final Agencies agencies;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final Refusals refusals;
  private final TransactionTemplate transaction;
  private final PersonalTokens tokens;
  private final Clock clock = Clock.systemUTC();

  OfficerAdministration(
      Officers officers,
      Agencies agencies,
      PasswordEncoder passwords,
      AuditTrail audit,
      Refusals refusals,
      TransactionTemplate transaction,
      PersonalTokens tokens) {
    this.tokens = tokens;
    this.officers = officers;
    this.transaction = transaction;
    this.agencies = agencies;
    this.passwords = passwords;
    this.audit = audit;
    this.refusals = refusals;
  }

  List<Listed> list(Officer admin) {
    Map<String, Optional<Agency>> seen = new HashMap<>();
    return officers.all().stream()
        .filter(a -> covers(admin, a.agencyCode(), seen))
        .map(a -> new Listed(a.username(), a.displayName(), a.agencyCode(), seen.get(a.agencyCode()).map(Agency::nameZh).orElse(a.agencyCode()), a.enabled(), a.lockedAt(clock.instant()), a.roles()))
        .toList();
  }

  Listed create(Officer admin, OfficerForm form) {
    String username = form.cleanUsername();
    String subject = username.isEmpty() ? "(no name)" : username;
    if (!username.matches(USERNAME)) {
      throw reject("officer.create", subject, "username", refusals.invalid("access.officer.username"));
    }
    String displayNameProblem = OfficerForm.displayNameProblem(form.cleanDisplayName());
    if (displayNameProblem != null) {
      throw reject("officer.create", subject, "display name", refusals.invalid(displayNameProblem, OfficerForm.MAX_DISPLAY_NAME));
    }
    Agency agency = agency(form.cleanAgencyCode()).orElseThrow(() -> reject("officer.create", subject, "agency", refusals.invalid("access.officer.agency.unknown")));
    Set<Role> roles = roles("officer.create", subject, form.roles());
    Optional<String> weakness = PasswordPolicy.problemWith(username, form.password() == null ? "" : form.password());
    if (weakness.isPresent()) {
      throw reject("officer.create", subject, "password policy", refusals.invalid(weakness.get(), PasswordPolicy.MIN_LENGTH));
    }
    requireCovered(admin, agency, subject, "officer.create");
    if (officers.exists(username)) {
      throw reject("officer.create", subject, "exists", refusals.conflict("access.officer.exists", username));
    }
    officers.create(username, form.cleanDisplayName(), passwords.encode(form.password()), agency.code(), roles);
    audit.record("officer.create", username + " " + agency.code() + " " + roles, "", AuditOutcome.ok());
    return view(managed(admin, username, "officer.create"));
  }

  Listed setEnabled(Officer admin, String username, boolean enabled) {
    return change(admin, username, enabled, null, null);
  }

  Listed setRoles(Officer admin, String username, @Nullable List<String> names) {
    return change(admin, username, null, names == null ? List.of() : names, null);
  }

  /** Sets a new initial password (for an officer who forgot theirs) and lifts a lock-out. */
  Listed resetPassword(Officer admin, String username, @Nullable String password) {
    return change(admin, username, null, null, password == null ? "" : password);
  }

  /**
   * Changes whichever of enabled, roles and password are given (null: unchanged). Everything is
   * checked before anything is stored, so a request with one bad part changes nothing.
   */
  Listed change(Officer admin, String username, @Nullable Boolean enabled, @Nullable List<String> roleNames, @Nullable String password) {
    managed(admin, username, "officer.change");
    boolean self = admin.username().equals(username);
    Set<Role> roles = roleNames == null ? null : roles("officer.roles", username, roleNames);
    if (roles != null && self && !roles.contains(Role.ADMINISTRATOR)) {
      throw reject("officer.roles", username, "own administrator role", refusals.conflict("access.officer.self.role"));
    }
    if (password != null) {
      Optional<String> weakness = PasswordPolicy.problemWith(username, password);
      if (weakness.isPresent()) {
        throw reject("officer.password.reset", username, "password policy", refusals.invalid(weakness.get(), PasswordPolicy.MIN_LENGTH));
      }
    }
    if (Boolean.FALSE.equals(enabled) && self) {
      throw reject("officer.disable", username, "own account", refusals.conflict("access.officer.self.disable"));
    }
    String hash = password == null ? null : passwords.encode(password);
    transaction.executeWithoutResult(
        status -> {
          if (roles != null) {
            officers.setRoles(username, roles);
          }
          if (hash != null) {
            officers.setPasswordHash(username, hash, clock.instant());
            officers.clearFailures(username);
            tokens.revokeAllOf(username);
          }
          if (enabled != null) {
            officers.setEnabled(username, enabled);
          }
        });
    if (roles != null) {
      audit.record("officer.roles", username + " " + roles, "", AuditOutcome.ok());
    }
    if (hash != null) {
      audit.record("officer.password.reset", username, "", AuditOutcome.ok());
    }
    if (enabled != null) {
      audit.record(enabled ? "officer.enable" : "officer.disable", username, "", AuditOutcome.ok());
    }
    return view(officers.find(username).orElseThrow());
  }

  /** The officer, if they exist and the administrator's jurisdiction covers their agency. */
  Officers.Account managed(Officer admin, String username, String action) {
    Officers.Account account = officers.find(username).orElseThrow(() -> reject(action, username, "not found", refusals.notFound("access.officer.notFound", username)));
    if (!covers(admin, account.agencyCode(), new HashMap<>())) {
      audit.record(action, username, "", AuditOutcome.denied("outside jurisdiction"));
      throw refusals.forbidden("access.officer.outsideJurisdiction");
    }
    return account;
  }

  private void requireCovered(Officer admin, Agency agency, String subject, String action) {
    if (!admin.covers(agency.divisionCode())) {
      audit.record(action, subject + " " + agency.code(), "", AuditOutcome.denied("outside jurisdiction"));
      throw refusals.forbidden("access.officer.outsideJurisdiction");
    }
  }

  private Set<Role> roles(String action, String subject, @Nullable List<String> names) {
    Set<Role> roles = OfficerForm.parseRoles(names);
    if (roles == null) {
      throw reject(action, subject, "roles", refusals.invalid("access.officer.roles.unknown"));
    }
    if (roles.isEmpty()) {
      throw reject(action, subject, "roles", refusals.invalid("access.officer.roles.required"));
    }
    return roles;
  }

  private Optional<Agency> agency(String code) {
    return code.matches("\\d{1,12}") ? agencies.find(code) : Optional.empty();
  }

  /** An agency the region data no longer lists is judged by its code, which begins with its division's. */
  private boolean covers(Officer admin, String agencyCode, Map<String, Optional<Agency>> seen) {
    Optional<Agency> agency = seen.computeIfAbsent(agencyCode, agencies::find);
    return admin.covers(agency.map(Agency::divisionCode).orElse(agencyCode));
  }

  private Listed view(Officers.Account a) {
    String agencyName = agencies.find(a.agencyCode()).map(Agency::nameZh).orElse(a.agencyCode());
    return new Listed(a.username(), a.displayName(), a.agencyCode(), agencyName, a.enabled(), a.lockedAt(clock.instant()), a.roles());
  }

  private RequestRefused reject(String action, String subject, String what, RequestRefused refusal) {
    audit.record(action, subject, "", AuditOutcome.rejected(what));
    return refusal;
  }
}
