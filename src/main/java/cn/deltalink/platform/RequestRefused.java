package cn.deltalink.platform;

import org.springframework.http.HttpStatus;

/**
 * A request the node will not carry out, with a message the person who sent it can act on. The API
 * answers it as an RFC 9457 problem with the given status; pages show the message.
 */
public class RequestRefused extends RuntimeException {

  private final HttpStatus status;

  protected RequestRefused(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }

  /** 400: the input is not valid. */
  public static RequestRefused invalid(String message) {
    return new RequestRefused(HttpStatus.BAD_REQUEST, message);
  }

  /** 404: no such thing (or none the caller may know of). */
  public static RequestRefused notFound(String message) {
    return new RequestRefused(HttpStatus.NOT_FOUND, message);
  }

  /** 403: the caller's role or jurisdiction does not allow it. */
  public static RequestRefused forbidden(String message) {
    return new RequestRefused(HttpStatus.FORBIDDEN, message);
  }

  /** 409: the request conflicts with the current state. */
  public static RequestRefused conflict(String message) {
    return new RequestRefused(HttpStatus.CONFLICT, message);
  }
}
