package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer.Officer;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal of an authenticated request: the officer, without any credential, so that nothing
 * secret is kept in the session; when they signed in (a session older than their last change of
 * password ends); and whether a personal API token was presented (a token cannot create tokens).
 */
record OfficerDetails(Officer officer, Instant authenticatedAt, boolean byToken) implements AuthenticatedPrincipal, Serializable {

  @Override
  public String getName() {
    return officer.username();
  }
}
