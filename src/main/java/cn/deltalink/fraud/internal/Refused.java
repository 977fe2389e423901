package cn.deltalink.fraud.internal;

import cn.deltalink.identity.Rejection;
import cn.deltalink.platform.RefusalTexts;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The refusals of the fraud module (拒绝), keyed in {@code i18n/fraud*.properties}: the API answers
 * the English text, the pages the officer's language. A value object refuses with {@link #rule}, an
 * {@link IllegalArgumentException} as the module's API promises, that still names its key.
 */
public final class Refused {

  public static final RefusalTexts FRAUD = new RefusalTexts("i18n/fraud");

  private Refused() {}

  /** The objection of a value object to its input: the rule broken, by its key. */
  public static RuleBroken rule(String key, Object... args) {
    return new RuleBroken(key, args);
  }

  /**
   * An identity type's rejection (a resident ID's check character, a mobile number's length) as a
   * rule of the fraud module: pages show the identity bundle's text for it, the API its English sentence.
   */
  public static RuleBroken identity(Rejection rejection) {
    Object[] args = rejection.arguments().toArray();
    return rule("fraud.refused.identity", new DefaultMessageSourceResolvable(new String[] {"identity.rule." + rejection.rule()}, args, literal(rejection.message(), args)));
  }

  /** A text used as a default message with arguments goes through MessageFormat: quoted whole, it keeps its apostrophes and braces. */
  static String literal(String text, Object[] args) {
    return args.length == 0 ? text : "'" + text.replace("'", "''") + "'";
  }
}
