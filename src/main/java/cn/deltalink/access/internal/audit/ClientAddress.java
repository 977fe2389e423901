package cn.deltalink.access.internal.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The request being served on this thread, as the audit trail needs it. */
public final class ClientAddress {

  private ClientAddress() {}

  /**
   * The client's IP address as the servlet container sees it. Behind a reverse proxy, enable
   * {@code server.forward-headers-strategy} so that this is the officer's address, not the proxy's.
   */
  public static Optional<String> current() {
    return request().map(HttpServletRequest::getRemoteAddr);
  }

  /** Who acts when no officer is signed in: a peer node (its envelopes are signed), the node itself, or anonymous. */
  static String anonymousActor() {
    return request().map(r -> r.getRequestURI().startsWith("/exchange/") ? "node" : "anonymous").orElse("node");
  }

  private static Optional<HttpServletRequest> request() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      return Optional.of(attributes.getRequest());
    }
    return Optional.empty();
  }
}
