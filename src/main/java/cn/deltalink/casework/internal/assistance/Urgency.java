package cn.deltalink.casework.internal.assistance;

import java.util.Arrays;
import java.util.Locale;

/** How urgent an assistance request is; the time to answer each is region configuration ({@link Deadlines}). */
public enum Urgency {
  URGENT("urgent"),
  NORMAL("normal"),
  COMPLEX("complex");

  private final String slug;

  Urgency(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  public static Urgency parse(String slug) {
    String s = slug.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(u -> u.slug.equals(s)).findFirst().orElseThrow(() -> new IllegalArgumentException("urgency is urgent, normal or complex"));
  }
}
