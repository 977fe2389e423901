package cn.deltalink.alert;

import java.util.List;

/**
 * Why something is listed; each category belongs to one kind and says what to do on a hit unless the
 * issuer states otherwise.
 */
public enum AlertCategory {
  /** 在逃人员: wanted for arrest. */
  WANTED_FOR_ARREST(AlertKind.PERSON, ActionOnHit.ARREST, "wanted-for-arrest", "wanted", "arrest", "fugitive"),
  /** 失踪人员. */
  MISSING(AlertKind.PERSON, ActionOnHit.CHECK_AND_REPORT, "missing", "missing-person"),
  /** 秘密核查对象. */
  DISCREET_CHECK(AlertKind.PERSON, ActionOnHit.DISCREET_CHECK, "discreet-check", "discreet"),
  /** 被盗抢车辆. */
  STOLEN_VEHICLE(AlertKind.VEHICLE, ActionOnHit.SEIZE, "stolen", "stolen-vehicle"),
  /** 涉案车辆 (wanted). */
  WANTED_VEHICLE(AlertKind.VEHICLE, ActionOnHit.CHECK_AND_REPORT, "wanted", "wanted-vehicle"),
  /** 待查车辆. */
  VEHICLE_TO_CHECK(AlertKind.VEHICLE, ActionOnHit.DISCREET_CHECK, "to-be-checked", "to-check", "check", "vehicle-to-check"),
  /** 遗失居民身份证. */
  LOST_DOCUMENT(AlertKind.DOCUMENT, ActionOnHit.SEIZE, "lost", "lost-document", "lost-id-card"),
  /** 被盗抢居民身份证. */
  STOLEN_DOCUMENT(AlertKind.DOCUMENT, ActionOnHit.SEIZE, "stolen", "stolen-document", "stolen-id-card");

  private final AlertKind kind;
  private final ActionOnHit defaultAction;
  private final List<String> spellings;

  AlertCategory(AlertKind kind, ActionOnHit defaultAction, String... spellings) {
    this.kind = kind;
    this.defaultAction = defaultAction;
    this.spellings = List.of(spellings);
  }

  public AlertKind kind() {
    return kind;
  }

  /** What to do on a hit when the issuer names no action. */
  public ActionOnHit defaultAction() {
    return defaultAction;
  }

  /** As the API spells it; unique within the kind ({@code stolen} is a vehicle or a document category). */
  public String slug() {
    return spellings.get(0);
  }

  /** The category of the kind that the text names (its slug, or another common spelling). */
  public static AlertCategory parse(AlertKind kind, String text) {
    String folded = Slugs.fold(text);
    for (AlertCategory category : values()) {
      if (category.kind == kind && (category.spellings.contains(folded) || Slugs.of(category).equals(folded))) {
        return category;
      }
    }
    List<String> known = java.util.Arrays.stream(values()).filter(c -> c.kind == kind).map(AlertCategory::slug).toList();
    throw new IllegalArgumentException("category of a " + kind.slug() + " alert is one of " + String.join(", ", known) + ", not '" + text + "'");
  }
}
