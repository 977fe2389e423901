package cn.deltalink.platform;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A request the node will not carry out, with a message the person who sent it can act on. The API
 * answers it as an RFC 9457 problem with the given status and the English message; pages show the
 * message in the officer's language when the refusal names a message key ({@link RefusalTexts}).
 */
public class RequestRefused extends RuntimeException {

  private final HttpStatus status;
  private final @Nullable String key;
  private final Object[] args;

  protected RequestRefused(HttpStatus status, String message) {
    this(status, message, null, new Object[0]);
  }

  RequestRefused(HttpStatus status, String english, @Nullable String key, Object[] args) {
    super(english);
    this.status = status;
    this.key = key;
    this.args = args.clone();
  }

  public HttpStatus status() {
    return status;
  }

  /** The message in the given language; a refusal without a key has only its (English) message. */
  public String in(MessageSource messages, Locale locale) {
    String english = String.valueOf(getMessage());
    return key == null ? english : messages.getMessage(key, args, english, locale);
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
