package cn.deltalink.platform;

import java.util.Optional;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MultipartException;

/**
 * Tells a failure the caller caused (bad input, a wrong method or media type, a refusal) from a fault
 * of the node, for the API's problems and the pages' error page alike. Spring's own web exceptions
 * carry their status ({@link ErrorResponse}): a path id that does not convert, for example, is a
 * {@code MissingPathVariableException} that says 400 itself. Only what is left is the node's fault,
 * a 500 with an incident id.
 */
public final class CallerFaults {

  private CallerFaults() {}

  /** The 4xx status for a failure the caller caused, or empty for a fault of the node. */
  public static Optional<HttpStatus> statusOf(Throwable failure) {
    HttpStatus status = status(failure);
    return status != null && status.is4xxClientError() ? Optional.of(status) : Optional.empty();
  }

  private static @org.jspecify.annotations.Nullable HttpStatus status(Throwable failure) {
    if (failure instanceof RequestRefused refused) {
      return refused.status();
    }
    if (failure instanceof ErrorResponse response) {
      return HttpStatus.resolve(response.getStatusCode().value());
    }
    if (failure instanceof AccessDeniedException) {
      return HttpStatus.FORBIDDEN;
    }
    if (failure instanceof HttpMessageNotReadableException || failure instanceof TypeMismatchException || failure instanceof ConversionException || failure instanceof MultipartException) {
      return HttpStatus.BAD_REQUEST;
    }
    if (failure instanceof jakarta.validation.ValidationException || failure instanceof org.apache.tomcat.util.http.InvalidParameterException) {
      // the latter: a query or form parameter that is not valid percent-encoded UTF-8
      return HttpStatus.BAD_REQUEST;
    }
    return null;
  }
}
