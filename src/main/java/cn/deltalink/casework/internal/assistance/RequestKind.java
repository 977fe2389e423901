package cn.deltalink.casework.internal.assistance;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What an assistance request asks for. */
public enum RequestKind {
  LOCATE_PERSON("locate-person"),
  IDENTIFY_ACCOUNT_HOLDER("identify-account-holder"),
  OBTAIN_EVIDENCE("obtain-evidence"),
  INTERVIEW("interview"),
  ARREST("arrest"),
  FREEZE_FUNDS("freeze-funds"),
  VERIFY_IDENTITY("verify-identity"),
  SEARCH("search"),
  OTHER("other");

  private final String slug;

  RequestKind(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  public static List<String> slugs() {
    return Arrays.stream(values()).map(RequestKind::slug).toList();
  }

  public static RequestKind parse(String slug) {
    String s = slug.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.slug.equals(s)).findFirst().orElseThrow(() -> new IllegalArgumentException("kind is one of " + String.join(", ", slugs())));
  }
}
