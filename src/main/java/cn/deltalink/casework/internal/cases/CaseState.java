package cn.deltalink.casework.internal.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a case stands and where it may go next: registered (立案), under investigation (侦查),
 * suspended (中止), solved (破案), transferred for prosecution (移送起诉), closed (结案). A closed case
 * takes no more changes.
 */
public enum CaseState {
  REGISTERED("registered"),
  INVESTIGATING("investigating"),
  SUSPENDED("suspended"),
  SOLVED("solved"),
  TRANSFERRED("transferred"),
  CLOSED("closed");

  private final String slug;

  CaseState(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  /** The states this one may move to. */
  public Set<CaseState> next() {
    return switch (this) {
      case REGISTERED -> EnumSet.of(INVESTIGATING, CLOSED);
      case INVESTIGATING -> EnumSet.of(SUSPENDED, SOLVED, CLOSED);
      case SUSPENDED -> EnumSet.of(INVESTIGATING, CLOSED);
      case SOLVED -> EnumSet.of(TRANSFERRED, CLOSED);
      case TRANSFERRED -> EnumSet.of(CLOSED);
      case CLOSED -> EnumSet.noneOf(CaseState.class);
    };
  }

  public boolean mayMoveTo(CaseState target) {
    return next().contains(target);
  }

  /** Whether the case still takes entities, evidence and requests. */
  public boolean open() {
    return this != CLOSED;
  }

  public static CaseState parse(String slug) {
    String s = slug.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(v -> v.slug.equals(s))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("state is one of " + String.join(", ", Arrays.stream(values()).map(CaseState::slug).toList())));
  }
}
