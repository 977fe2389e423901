package cn.deltalink.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problems written by the security filters, before any controller runs: 401 when the
 * caller is not (or wrongly) authenticated, 403 when their role does not allow the request. The
 * detail says what to do; it never says whether a user name exists.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String NOT_SIGNED_IN =
      "Authentication is required: send Authorization: Bearer <personal API token>, or HTTP Basic credentials (over HTTPS).";

  private final JsonMapper json;

  ProblemResponses(JsonMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException {
    if (RefuseWhileTrailBroken.cause(failure) != null) {
      write(request, response, HttpStatus.SERVICE_UNAVAILABLE, RefuseWhileTrailBroken.cause(failure).getMessage());
      return;
    }
    if (failure instanceof AttemptsThrottled throttled) {
      response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
      write(request, response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
      return;
    }
    response.setHeader("WWW-Authenticate", "Bearer realm=\"DeltaLink\"");
    write(request, response, HttpStatus.UNAUTHORIZED, detailOf(failure));
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this request.");
  }

  void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(problem));
  }

  static String detailOf(AuthenticationException failure) {
    if (failure instanceof LockedException) {
      return "The account is locked after repeated failed logins; try again later or ask an administrator.";
    }
    if (failure instanceof DisabledException) {
      return "The account is disabled; ask an administrator.";
    }
    if (failure instanceof InsufficientAuthenticationException) {
      return NOT_SIGNED_IN;
    }
    return failure.getMessage() != null && failure.getMessage().startsWith("The API token")
        ? failure.getMessage()
        : "Wrong user name or password.";
  }
}
