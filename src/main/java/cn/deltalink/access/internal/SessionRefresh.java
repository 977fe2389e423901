package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer.Officer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes an administrator's change take effect at the officer's next click: a session whose officer
 * has been disabled, or whose password was changed after the session signed in, ends; one whose roles
 * or agency changed continues with the new ones.
 */
class SessionRefresh extends OncePerRequestFilter {

  private final Officers officers;
  private final OfficerProfiles profiles;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
  private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  SessionRefresh(Officers officers, OfficerProfiles profiles) {
    this.officers = officers;
    this.profiles = profiles;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
    Authentication authentication = contexts.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if (session != null && request.getHeader("Authorization") == null && authentication != null && authentication.getPrincipal() instanceof OfficerDetails details) {
      Optional<Officers.Account> account = officers.find(details.officer().username());
      if (account.isEmpty() || !account.get().enabled() || passwordChangedSince(account.get(), details)) {
        contexts.clearContext();
        session.invalidate();
      } else {
        Officer now = profiles.of(account.get());
        if (!now.equals(details.officer())) {
          SecurityContext context = contexts.createEmptyContext();
          context.setAuthentication(OfficerProfiles.refreshed(details, now, authentication.getDetails()));
          contexts.setContext(context);
          sessions.saveContext(context, request, response);
        }
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean passwordChangedSince(Officers.Account account, OfficerDetails signedIn) {
    return account.passwordChangedAt() != null && account.passwordChangedAt().isAfter(signedIn.authenticatedAt());
  }
}
