package cn.deltalink.fraud;

import java.util.Locale;
import java.util.Optional;

/** Where the knowledge of a risk came from. */
public enum RiskSource {
  /** A victim's report (报案). */
  VICTIM_REPORT,
  /** A case under investigation. */
  CASE,
  /** A bank's or telecom's feed. */
  BANK_FEED,
  /** An anti-fraud analyst's own finding. */
  ANALYST,
  /** The analysis model over transaction data. */
  MODEL;

  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<RiskSource> parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (RiskSource s : values()) {
      if (s.name().equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
