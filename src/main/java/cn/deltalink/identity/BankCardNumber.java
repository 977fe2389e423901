package cn.deltalink.identity;

import cn.deltalink.identity.internal.CheckCharacters;
import cn.deltalink.identity.internal.TypedText;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A bank card number (银行卡号): 12 to 19 digits whose last digit is the Luhn check digit. Typed
 * input may be grouped with spaces or dashes; the value is the bare digits.
 */
public record BankCardNumber(String value) {

  /** Card networks that the first digits (BIN) name without a lookup table. */
  public enum Network {
    UNIONPAY,
    VISA,
    MASTERCARD,
    AMERICAN_EXPRESS,
    JCB;

    /** The network as the API spells it, e.g. {@code unionpay}. */
    public String slug() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public BankCardNumber {
    Rejection rejection = rejection(value);
    if (rejection != null) {
      throw new InvalidIdentifier(rejection);
    }
  }

  public static Checked<BankCardNumber> parse(String raw) {
    String v = TypedText.compact(raw);
    Rejection rejection = rejection(v);
    return rejection == null ? Checked.attempt(v, BankCardNumber::new) : Checked.rejected(rejection);
  }

  private static @Nullable Rejection rejection(String v) {
    if (v.isEmpty()) {
      return Rejection.of("bank-card.empty", "enter a bank card number of 12 to 19 digits");
    }
    if (!v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Rejection.of("bank-card.characters", "a bank card number has only digits");
    }
    if (v.length() < 12 || v.length() > 19) {
      return Rejection.of("bank-card.length", "a bank card number has 12 to 19 digits, not " + v.length(), v.length());
    }
    if (!CheckCharacters.luhn(v)) {
      return Rejection.of("bank-card.luhn", "the Luhn check fails: a digit is mistyped or two are swapped");
    }
    return null;
  }

  /** The network, where the leading digits make it plain; banks' own BIN tables are not consulted. */
  public Optional<Network> network() {
    int two = Integer.parseInt(value.substring(0, 2));
    int four = Integer.parseInt(value.substring(0, 4));
    if (two == 62) {
      return Optional.of(Network.UNIONPAY);
    }
    if (value.charAt(0) == '4') {
      return Optional.of(Network.VISA);
    }
    if (two >= 51 && two <= 55 || four >= 2221 && four <= 2720) {
      return Optional.of(Network.MASTERCARD);
    }
    if (two == 34 || two == 37) {
      return Optional.of(Network.AMERICAN_EXPRESS);
    }
    if (four >= 3528 && four <= 3589) {
      return Optional.of(Network.JCB);
    }
    return Optional.empty();
  }

  /** For display: the first 6 digits (the BIN) and the last 4, e.g. 622848*********0018. */
  public String masked() {
    return Masks.bankCard(value);
  }

  @Override
  public String toString() {
    return masked();
  }
}
