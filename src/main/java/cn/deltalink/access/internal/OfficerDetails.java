package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An officer as Spring Security sees them: credentials, lock state and role authorities. */
record OfficerDetails(Officer officer, String passwordHash, boolean enabled, Instant lockedUntil) implements UserDetails {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<SimpleGrantedAuthority> authorities = officer.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return officer.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return lockedUntil == null || lockedUntil.isBefore(Instant.now());
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
