package cn.deltalink.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Failures of the pages: the browser gets the error page ({@code templates/error.html}) in the
 * officer's language with the failure's status, never a problem as JSON. The status is sent as an
 * error, so that the servlet container renders the page through Spring Boot's error controller, as
 * it does for a page that does not exist. The JSON API has {@link ApiProblems}, which comes first
 * for {@code @RestController}s.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageProblems {

  private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

  @ExceptionHandler(Exception.class)
  void failed(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<HttpStatus> callers = CallerFaults.statusOf(e);
    if (callers.isEmpty()) {
      log.error("Incident on page {} {}", request.getMethod(), UntrustedText.clip(request.getRequestURI(), 200), e);
    }
    response.sendError(callers.orElse(HttpStatus.INTERNAL_SERVER_ERROR).value());
  }
}
