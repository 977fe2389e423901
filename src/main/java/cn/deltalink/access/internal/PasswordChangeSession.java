package cn.deltalink.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The session in which an officer changed their own password goes on, under a new id and signed in
 * as of now; every other session of theirs signed in before the change and ends ({@link SessionRefresh}).
 */
final class PasswordChangeSession {

  private static final SecurityContextHolderStrategy CONTEXTS = SecurityContextHolder.getContextHolderStrategy();
  private static final HttpSessionSecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

  private PasswordChangeSession() {}

  static void keepCurrent(HttpServletRequest request, HttpServletResponse response) {
    Authentication authentication = CONTEXTS.getContext().getAuthentication();
    if (request.getSession(false) == null || authentication == null || !(authentication.getPrincipal() instanceof OfficerDetails details)) {
      return;
    }
    request.changeSessionId();
    SecurityContext context = CONTEXTS.createEmptyContext();
    context.setAuthentication(OfficerProfiles.authenticated(details.officer(), authentication.getDetails()));
    CONTEXTS.setContext(context);
    SESSIONS.saveContext(context, request, response);
  }
}
