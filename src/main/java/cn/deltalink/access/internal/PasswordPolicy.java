package cn.deltalink.access.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be: at least 10 characters, letters and digits, not containing the user
 * name, and at most 64 characters and 72 bytes (bcrypt ignores anything after 72 bytes, so a longer
 * password would be weaker than it looks).
 */
final class PasswordPolicy {

  static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 64;
  private static final int MAX_BYTES = 72;

  private PasswordPolicy() {}

  /** The message key of the first rule the password breaks, or empty when it is acceptable. */
  static Optional<String> problemWith(String username, String password) {
    int length = password.codePointCount(0, password.length());
    if (password.isBlank()) {
      return Optional.of("access.password.required");
    }
    if (length < MIN_LENGTH) {
      return Optional.of("access.password.tooShort");
    }
    if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.of("access.password.tooLong");
    }
    boolean letter = password.codePoints().anyMatch(Character::isLetter);
    boolean digit = password.codePoints().anyMatch(c -> c >= '0' && c <= '9');
    if (!letter || !digit) {
      return Optional.of("access.password.lettersAndDigits");
    }
    if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("access.password.containsUsername");
    }
    return Optional.empty();
  }
}
