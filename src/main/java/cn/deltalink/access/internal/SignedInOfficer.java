package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The officer of the current request, taken from the security context. */
@Component
class SignedInOfficer implements CurrentOfficer {

  @Override
  public Optional<Officer> get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof OfficerDetails details) {
      return Optional.of(details.officer());
    }
    return Optional.empty();
  }

  /** Whether the current request was authenticated by a personal API token rather than a password. */
  boolean byToken() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof OfficerDetails details && details.byToken();
  }
}
