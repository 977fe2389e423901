package cn.deltalink.access.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records every request an officer's role does not allow, whether refused by a URL rule or by a
 * method's {@code @PreAuthorize}. Anonymous requests are not recorded: they are sent to log in.
 */
@Component
class DenialAudit {

  private final AuditTrail audit;

  DenialAudit(AuditTrail audit) {
    this.audit = audit;
  }

  @EventListener
  void denied(AuthorizationDeniedEvent<?> event) {
    Authentication authentication = event.getAuthentication().get();
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
      return;
    }
    audit.record("access.denied", subjectOf(event.getSource()), "", AuditOutcome.denied("role"));
  }

  private static String subjectOf(Object source) {
    if (source instanceof HttpServletRequest request) {
      return request.getMethod() + " " + request.getRequestURI();
    }
    if (source instanceof MethodInvocation invocation) {
      return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
    }
    return source.getClass().getSimpleName();
  }
}
