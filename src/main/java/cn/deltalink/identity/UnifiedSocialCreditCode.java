package cn.deltalink.identity;

import cn.deltalink.identity.internal.CheckCharacters;
import cn.deltalink.identity.internal.TypedText;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015: registration authority and
 * institution category, the six-digit division code of the registering office, the nine-character
 * organisation code and a MOD 31 check character. Letters I, O, S, V and Z are never used.
 */
public record UnifiedSocialCreditCode(String value) {

  private static final String CHARACTERS = CheckCharacters.CREDIT_CODE_CHARACTERS;

  public UnifiedSocialCreditCode {
    Rejection rejection = rejection(value);
    if (rejection != null) {
      throw new InvalidIdentifier(rejection);
    }
  }

  /** Checks typed input; lower-case letters, spaces and dashes are accepted and dropped. */
  public static Checked<UnifiedSocialCreditCode> parse(String raw) {
    String v = TypedText.compact(raw);
    Rejection rejection = rejection(v);
    return rejection == null ? Checked.attempt(v, UnifiedSocialCreditCode::new) : Checked.rejected(rejection);
  }

  private static @Nullable Rejection rejection(String v) {
    if (v.isEmpty()) {
      return Rejection.of("credit-code.empty", "enter an 18-character unified social credit code");
    }
    int length = TypedText.length(v);
    if (length != 18 || v.length() != 18) {
      return Rejection.of("credit-code.length", "a unified social credit code has 18 characters, not " + length, length);
    }
    for (int i = 0; i < 18; i++) {
      char c = v.charAt(i);
      if (CHARACTERS.indexOf(c) < 0) {
        return Rejection.of(
            "credit-code.characters",
            "character '" + c + "' at position " + (i + 1) + " is not allowed: the code uses digits and capital letters except I, O, S, V and Z",
            c,
            i + 1);
      }
    }
    if (RegistrationAuthority.of(v.charAt(0)).isEmpty()) {
      return Rejection.of("credit-code.authority", "'" + v.charAt(0) + "' is not a registration authority code (1-9, A, N or Y)", v.charAt(0));
    }
    if (!v.substring(2, 8).chars().allMatch(Character::isDigit)) {
      return Rejection.of("credit-code.division", "characters 3 to 8 must be a six-digit division code, not " + v.substring(2, 8), v.substring(2, 8));
    }
    char expected = CheckCharacters.creditCode(v.substring(0, 17));
    if (v.charAt(17) != expected) {
      return Rejection.of("credit-code.check-character", "check character should be " + expected + ", not " + v.charAt(17), expected, v.charAt(17));
    }
    return null;
  }

  public RegistrationAuthority registrationAuthority() {
    return RegistrationAuthority.of(value.charAt(0)).orElseThrow();
  }

  public char institutionCategoryCode() {
    return value.charAt(1);
  }

  /** The Chinese name of the institution category, where the authority's list is known. */
  public Optional<String> institutionCategory() {
    return registrationAuthority().category(institutionCategoryCode());
  }

  /** The GB/T 2260 code of the registering office. */
  public String divisionCode() {
    return value.substring(2, 8);
  }

  /** The organisation code (组织机构代码) inside, written as GB 11714 does: 8 characters, dash, check. */
  public String organisationCode() {
    return value.substring(8, 16) + "-" + value.charAt(16);
  }

  /** For display: authority, category and division visible, the organisation code starred but its check. */
  public String masked() {
    return Masks.creditCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
