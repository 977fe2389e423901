package cn.deltalink.platform;

import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

/**
 * The refusals (拒绝) of one module, each named by a key of the module's message bundle: the refusal's
 * message is the English text, which the API answers; pages render the key in the officer's
 * language with {@link RequestRefused#in}. Reads the bundle itself, so that value objects can refuse
 * input without a Spring bean at hand.
 */
public class RefusalTexts {

  private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

  /** {@code basename}: the module's bundle as {@code spring.messages.basename} names it, such as {@code i18n/bulletin}. */
  public RefusalTexts(String basename) {
    bundle.setBasename(basename);
    bundle.setDefaultEncoding("UTF-8");
    bundle.setFallbackToSystemLocale(false);
  }

  /**
   * An argument that is itself a message key, such as a field's name: each language shows its own
   * word, and {@code fallback} when the bundle lacks the key.
   */
  public static MessageSourceResolvable term(String key, String fallback) {
    return new DefaultMessageSourceResolvable(new String[] {key}, fallback);
  }

  /** 400: the input is not valid. */
  public RequestRefused invalid(String key, Object... args) {
    return of(HttpStatus.BAD_REQUEST, key, args);
  }

  /** 404: no such thing (or none the caller may know of). */
  public RequestRefused notFound(String key, Object... args) {
    return of(HttpStatus.NOT_FOUND, key, args);
  }

  /** 403: the caller's role or jurisdiction does not allow it. */
  public RequestRefused forbidden(String key, Object... args) {
    return of(HttpStatus.FORBIDDEN, key, args);
  }

  /** 409: the request conflicts with the current state. */
  public RequestRefused conflict(String key, Object... args) {
    return of(HttpStatus.CONFLICT, key, args);
  }

  /** 413: the request is larger than the node takes. */
  public RequestRefused tooLarge(String key, Object... args) {
    return of(HttpStatus.CONTENT_TOO_LARGE, key, args);
  }

  private RequestRefused of(HttpStatus status, String key, Object[] args) {
    return new RequestRefused(status, bundle.getMessage(key, args, key, Locale.ENGLISH), key, args);
  }
}
