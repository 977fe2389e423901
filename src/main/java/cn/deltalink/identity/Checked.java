package cn.deltalink.identity;

import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a {@code parse}: either the identifier or the reason it was rejected. Typed input is
 * expected to be wrong now and then, so a rejection is an answer, not an exception.
 */
public final class Checked<T> {

  private final @Nullable T value;
  private final @Nullable Rejection rejection;

  private Checked(@Nullable T value, @Nullable Rejection rejection) {
    this.value = value;
    this.rejection = rejection;
  }

  public static <T> Checked<T> valid(T value) {
    return new Checked<>(value, null);
  }

  public static <T> Checked<T> rejected(Rejection rejection) {
    return new Checked<>(null, rejection);
  }

  /** Runs the constructor of a value type on already normalised text, turning its objection into a rejection. */
  static <T> Checked<T> attempt(String normalised, Function<String, T> constructor) {
    try {
      return valid(constructor.apply(normalised));
    } catch (InvalidIdentifier e) {
      return rejected(e.rejection());
    }
  }

  public boolean isValid() {
    return value != null;
  }

  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  public Optional<Rejection> rejection() {
    return Optional.ofNullable(rejection);
  }

  /** The identifier; fails with the rejection when there is none. */
  public T orElseThrow() {
    if (value == null) {
      throw new InvalidIdentifier(java.util.Objects.requireNonNull(rejection));
    }
    return value;
  }

  @Override
  public String toString() {
    return value != null ? "valid " + value : "rejected: " + java.util.Objects.requireNonNull(rejection).message();
  }
}
