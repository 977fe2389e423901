package cn.deltalink.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose query or form parameters hold the NUL character (%00). PostgreSQL text
 * cannot hold it, so such a value would fail deep inside whatever query it reached, as a 500; no
 * officer or device has a reason to send it, so it is refused at the door for every operation alike.
 * Multipart bodies are left alone here: their parts are read lazily, after the upload limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

  static final String DETAIL = "Text in the request may not hold the NUL character (%00).";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
    if (holdsNul(request)) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      // the body is ASCII, so no charset parameter: the same content type as every other problem
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"" + DETAIL + "\"}").getBytes(StandardCharsets.US_ASCII));
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean holdsNul(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
      return true;
    }
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
      return false;
    }
    try {
      return request.getParameterMap().values().stream().flatMap(java.util.Arrays::stream).anyMatch(value -> value.indexOf('\0') >= 0);
    } catch (RuntimeException unreadable) {
      // a body that does not decode is refused further on, with the reason (CallerFaults)
      return false;
    }
  }
}
