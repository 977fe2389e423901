package cn.deltalink.casework.internal.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What was done to an evidence item (证据保管链): collected (提取), sealed (封存), transferred (移交),
 * examined (鉴定/检验), returned (发还). The chain starts with its one collection; nothing follows a return.
 */
public enum CustodyAction {
  COLLECTED("collected"),
  SEALED("sealed"),
  TRANSFERRED("transferred"),
  EXAMINED("examined"),
  RETURNED("returned");

  private final String slug;

  CustodyAction(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  public static CustodyAction parse(String slug) {
    String s = slug.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(a -> a.slug.equals(s)).findFirst().orElseThrow(() -> new IllegalArgumentException("action is collected, sealed, transferred, examined or returned"));
  }

  /** Why this action cannot follow the chain so far, if it cannot. */
  public Optional<String> whyNotAfter(List<CustodyAction> chain) {
    if (chain.isEmpty()) {
      return this == COLLECTED ? Optional.empty() : Optional.of("A chain of custody starts with the collection");
    }
    if (this == COLLECTED) {
      return Optional.of("The item was collected already");
    }
    if (chain.get(chain.size() - 1) == RETURNED) {
      return Optional.of("The item was returned; its chain of custody is closed");
    }
    return Optional.empty();
  }
}
