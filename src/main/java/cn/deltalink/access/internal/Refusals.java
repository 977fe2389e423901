package cn.deltalink.access.internal;

import cn.deltalink.platform.RefusalTexts;
import cn.deltalink.platform.RequestRefused;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The access refusals, with texts in {@code access.properties} (Chinese) and {@code access_en.properties}. */
@Component
class Refusals extends RefusalTexts {

  private final MessageSource messages;

  Refusals(MessageSource messages) {
    super("i18n/access");
    this.messages = messages;
  }

  /** The text of a refusal (or any other exception) in the officer's language, for a page. */
  String text(RuntimeException refusal, Locale locale) {
    return refusal instanceof RequestRefused r ? r.in(messages, locale) : String.valueOf(refusal.getMessage());
  }
}
