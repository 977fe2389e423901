package cn.deltalink.access.internal;

import cn.deltalink.access.AuditTrailBroken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a refusal for a broken audit trail that happens while signing in (form, Basic, token: each
 * attempt is audited) into what the caller can act on, instead of a 500: the login form shows the
 * reason, everything else gets a 503 problem with it.
 */
class RefuseWhileTrailBroken extends OncePerRequestFilter {

  private final ProblemResponses problems;

  RefuseWhileTrailBroken(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException e) {
      AuditTrailBroken broken = cause(e);
      if (broken == null || response.isCommitted()) {
        throw e;
      }
      if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
        response.sendRedirect(request.getContextPath() + "/login?error=trail");
      } else {
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, broken.getMessage());
      }
    }
  }

  static @Nullable AuditTrailBroken cause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AuditTrailBroken broken) {
        return broken;
      }
    }
    return null;
  }
}
