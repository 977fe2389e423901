package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds an officer for login, with the jurisdiction of their agency. */
@Service
class OfficerDetailsService implements UserDetailsService {

  private final Officers officers;
  private final Agencies agencies;

  OfficerDetailsService(Officers officers, Agencies agencies) {
    this.officers = officers;
    this.agencies = agencies;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    Officers.Account account = officers.find(username).orElseThrow(() -> new UsernameNotFoundException("No such officer"));
    String jurisdiction = agencies.find(account.agencyCode()).map(Agency::divisionCode).orElse("000000");
    Officer officer = new Officer(account.username(), account.displayName(), account.agencyCode(), jurisdiction, account.roles());
    return new OfficerDetails(officer, account.passwordHash() == null ? "{noop}" + java.util.UUID.randomUUID() : account.passwordHash(), account.enabled(), account.lockedUntil());
  }
}
