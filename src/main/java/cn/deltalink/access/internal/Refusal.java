package cn.deltalink.access.internal;

import cn.deltalink.platform.RequestRefused;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A refused request whose text lives in the access messages: the API's problem detail is English
 * (its {@link #getMessage()}), a page shows the same text in the officer's language.
 */
class Refusal extends RequestRefused {

  private final String key;
  private final Object[] args;

  Refusal(HttpStatus status, String key, Object[] args, String english) {
    super(status, english);
    this.key = key;
    this.args = args.clone();
  }

  /** The message in the given language. */
  String in(MessageSource messages, Locale locale) {
    return messages.getMessage(key, args, getMessage(), locale);
  }
}
