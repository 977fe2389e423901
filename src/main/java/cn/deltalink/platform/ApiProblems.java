package cn.deltalink.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the JSON API as RFC 9457 problem details: a status, a title and a detail a person can
 * act on; never a stack trace. Unexpected failures are logged with an id that the answer names.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(RequestRefused.class)
  ProblemDetail refused(RequestRefused e, HttpServletRequest request) {
    return problem(e.status(), e.getMessage(), request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.", request);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
    String detail =
        e.getBindingResult().getFieldErrors().stream()
            .map((FieldError f) -> f.getField() + ": " + f.getDefaultMessage())
            .collect(Collectors.joining("; "));
    return problem(HttpStatus.BAD_REQUEST, detail.isEmpty() ? "The request is not valid." : detail, request);
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
  ProblemDetail badParameter(Exception e, HttpServletRequest request) {
    String detail =
        e instanceof MissingServletRequestParameterException m
            ? "The parameter '" + m.getParameterName() + "' is required."
            : "The parameter '" + ((MethodArgumentTypeMismatchException) e).getName() + "' has the wrong form.";
    return problem(HttpStatus.BAD_REQUEST, detail, request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.", request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "The method " + e.getMethod() + " is not allowed here.", request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noResource(NoResourceFoundException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, "There is nothing at this address.", request);
  }

  @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
  ProblemDetail denied(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.FORBIDDEN, "Your role or jurisdiction does not allow this request.", request);
  }

  /**
   * Everything else: a failure the caller caused keeps its 4xx status ({@link CallerFaults}), so that
   * no bad input ever reads as the node's fault; only what is left is logged as an incident.
   */
  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e, HttpServletRequest request) {
    java.util.Optional<HttpStatus> callers = CallerFaults.statusOf(e);
    if (callers.isPresent()) {
      return problem(callers.get(), detailFor(callers.get()), request);
    }
    String incident = java.util.UUID.randomUUID().toString();
    log.error("Incident {} on {} {}", incident, request.getMethod(), UntrustedText.clip(request.getRequestURI(), 200), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The node could not complete the request (incident " + incident + ").", request);
  }

  private static String detailFor(HttpStatus status) {
    return switch (status.value()) {
      case 404 -> "There is nothing at this address.";
      case 406 -> "This address answers application/json (problems as application/problem+json).";
      case 413 -> "The request is too large.";
      case 415 -> "Send the body as application/json.";
      default -> "The request is not valid: check the address, its parameters and the body.";
    };
  }

  static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }
}
