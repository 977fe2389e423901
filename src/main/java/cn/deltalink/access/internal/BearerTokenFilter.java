package cn.deltalink.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer dlk_...}: authenticates the request as the token's owner, for this
 * request only (nothing is put in a session). A bad token is answered at once with 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private final PersonalTokens tokens;
  private final ProblemResponses problems;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
  private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

  BearerTokenFilter(PersonalTokens tokens, ProblemResponses problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      var officer = tokens.authenticate(header.substring(7).strip());
      SecurityContext context = contexts.createEmptyContext();
      context.setAuthentication(OfficerProfiles.authenticatedByToken(officer, details.buildDetails(request)));
      contexts.setContext(context);
    } catch (AuthenticationException failure) {
      contexts.clearContext();
      problems.commence(request, response, failure);
      return;
    }
    chain.doFilter(request, response);
  }
}
