package cn.deltalink.fraud.internal;

import static cn.deltalink.fraud.internal.Refused.FRAUD;

import cn.deltalink.platform.RequestRefused;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A rule of the fraud module that a value breaks, such as a bank card's Luhn check: its message is
 * the English text of its key. It is an {@link IllegalArgumentException} because {@code RiskEntries}
 * and {@code FraudWarnings} promise one to the modules that call them; the API answers it as the 400
 * {@link #refused()}, and a page shows it {@link #in} the officer's language.
 */
public final class RuleBroken extends IllegalArgumentException {

  private final transient RequestRefused refusal;
  private final String key;
  private final transient Object[] args;

  RuleBroken(String key, Object[] args) {
    this(FRAUD.invalid(key, args), key, args);
  }

  private RuleBroken(RequestRefused refusal, String key, Object[] args) {
    super(refusal.getMessage());
    this.refusal = refusal;
    this.key = key;
    this.args = args.clone();
  }

  /** The 400 refusal with the same text, for the API and the pages. */
  public RequestRefused refused() {
    return refusal;
  }

  /**
   * The rule as an argument of a longer text (the field and line it was found in): each language
   * renders it in its own words, English where a bundle lacks the key.
   */
  public MessageSourceResolvable reason() {
    return new DefaultMessageSourceResolvable(new String[] {key}, args.clone(), Refused.literal(String.valueOf(getMessage()), args));
  }

  /** The rule in the given language. */
  public String in(MessageSource messages, Locale locale) {
    return refusal.in(messages, locale);
  }
}
