package cn.deltalink.publicservices.internal.catalogue;

import java.util.Locale;

/** Which province decides an item: where the person's household is registered (户籍地), where they live, or both legs of a transfer. */
public enum CompetentSide {
  /** 户籍地: the province of the person's household registration. */
  HOUSEHOLD,
  /** 居住地: the province named by the application (its {@code competentNode}). */
  RESIDENCE,
  /** 迁入地 decides and registers, 迁出地 moves out: a hukou transfer. */
  BOTH_LEGS;

  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static CompetentSide parse(String slug) {
    return valueOf(slug.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
