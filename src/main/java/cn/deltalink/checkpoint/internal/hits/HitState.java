package cn.deltalink.checkpoint.internal.hits;

/** Where a hit is: waiting for the issuer, confirmed still valid, or declared no longer valid. */
public enum HitState {
  AWAITING_CONFIRMATION,
  CONFIRMED,
  NOT_VALID;

  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static HitState parse(String text) {
    for (HitState s : values()) {
      if (s.slug().equals(text.strip().toLowerCase(java.util.Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException("state is awaiting-confirmation, confirmed or not-valid, not '" + (text.length() > 30 ? text.substring(0, 30) : text) + "'");
  }
}
