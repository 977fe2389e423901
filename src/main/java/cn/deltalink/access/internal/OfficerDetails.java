package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer.Officer;
import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal of an authenticated request: the officer, without any credential, so that nothing
 * secret is kept in the session.
 */
record OfficerDetails(Officer officer) implements AuthenticatedPrincipal, Serializable {

  @Override
  public String getName() {
    return officer.username();
  }
}
