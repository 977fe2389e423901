package cn.deltalink.population;

import java.util.Locale;

/** Where a resident's household registration stands at this node. */
public enum ResidentStatus {
  /** 正常: registered here now. */
  ACTIVE,
  /** 迁出: moved to another province; the destination registers them. */
  MOVED_OUT,
  /** 死亡注销: deregistered on death. */
  DECEASED,
  /** 其他注销: deregistered for another reason (settled abroad, military service). */
  CANCELLED;

  /** The form in the API and in CSV files: {@code active}, {@code moved-out}, {@code deceased}, {@code cancelled}. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Reads the slug or the constant's name, in any case; fails with the allowed values. */
  public static ResidentStatus parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (ResidentStatus s : values()) {
      if (s.name().equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException("status is active, moved-out, deceased or cancelled, not '" + text + "'");
  }
}
