package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Turns a stored account into the officer other modules see: with the jurisdiction of their agency. */
@Component
class OfficerProfiles {

  /** The jurisdiction of an officer whose agency the region data no longer lists: nothing. */
  static final String NO_JURISDICTION = "999999";

  private static final Clock CLOCK = Clock.systemUTC();

  private final Agencies agencies;

  OfficerProfiles(Agencies agencies) {
    this.agencies = agencies;
  }

  Officer of(Officers.Account account) {
    String jurisdiction = agencies.find(account.agencyCode()).map(Agency::divisionCode).orElse(NO_JURISDICTION);
    return new Officer(account.username(), account.displayName(), account.agencyCode(), jurisdiction, account.roles());
  }

  /** A request of this officer authenticated now by their password, with one authority per role. */
  static Authentication authenticated(Officer officer, Object details) {
    return authenticated(new OfficerDetails(officer, CLOCK.instant(), false), details);
  }

  /** A request of this officer authenticated now by one of their personal API tokens. */
  static Authentication authenticatedByToken(Officer officer, Object details) {
    return authenticated(new OfficerDetails(officer, CLOCK.instant(), true), details);
  }

  /** The same sign-in with the officer's current roles and agency. */
  static Authentication refreshed(OfficerDetails signedIn, Officer now, Object details) {
    return authenticated(new OfficerDetails(now, signedIn.authenticatedAt(), signedIn.byToken()), details);
  }

  private static Authentication authenticated(OfficerDetails principal, Object details) {
    List<SimpleGrantedAuthority> authorities = principal.officer().roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
    UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    token.setDetails(details);
    return token;
  }
}
