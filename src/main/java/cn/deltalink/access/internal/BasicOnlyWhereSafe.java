package cn.deltalink.access.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.internal.audit.ChainedAuditTrail;
import cn.deltalink.platform.NodeSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses HTTP Basic where {@link BasicAuthenticationRule} does not allow it, saying why, before the
 * password is even checked. A refusal counts as a failed attempt of the address ({@link CredentialAttempts}).
 */
class BasicOnlyWhereSafe extends OncePerRequestFilter {

  private final NodeSettings node;
  private final ChainedAuditTrail audit;
  private final ProblemResponses problems;
  private final CredentialAttempts attempts;

  BasicOnlyWhereSafe(NodeSettings node, ChainedAuditTrail audit, ProblemResponses problems, CredentialAttempts attempts) {
    this.attempts = attempts;
    this.node = node;
    this.audit = audit;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      Optional<String> refusal = BasicAuthenticationRule.refusal(request.isSecure(), request.getRemoteAddr(), node.demo());
      if (refusal.isPresent()) {
        try {
          attempts.take(request.getRemoteAddr());
        } catch (AttemptsThrottled throttled) {
          problems.commence(request, response, throttled);
          return;
        }
        audit.recordFor(typedName(header), null, "login.failure", "http basic", "", AuditOutcome.failed("HTTP Basic without TLS"));
        response.setHeader("WWW-Authenticate", "Bearer realm=\"DeltaLink\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, refusal.get());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The user name in the header, for the audit entry; never the password. */
  private static String typedName(String header) {
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      String name = colon < 0 ? "" : decoded.substring(0, colon).strip();
      return name.isEmpty() ? "(empty)" : name;
    } catch (IllegalArgumentException e) {
      return "(malformed)";
    }
  }
}
