package cn.deltalink.access.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Makes {@link Refusal}s whose English text comes from {@code access_en.properties}. */
@Component
class Refusals {

  private final MessageSource messages;

  Refusals(MessageSource messages) {
    this.messages = messages;
  }

  Refusal invalid(String key, Object... args) {
    return of(HttpStatus.BAD_REQUEST, key, args);
  }

  Refusal forbidden(String key, Object... args) {
    return of(HttpStatus.FORBIDDEN, key, args);
  }

  Refusal notFound(String key, Object... args) {
    return of(HttpStatus.NOT_FOUND, key, args);
  }

  Refusal conflict(String key, Object... args) {
    return of(HttpStatus.CONFLICT, key, args);
  }

  /** The text of a refusal (or any other exception) in the officer's language, for a page. */
  String text(RuntimeException refusal, Locale locale) {
    return refusal instanceof Refusal r ? r.in(messages, locale) : String.valueOf(refusal.getMessage());
  }

  private Refusal of(HttpStatus status, String key, Object[] args) {
    return new Refusal(status, key, args, messages.getMessage(key, args, key, Locale.ENGLISH));
  }
}
