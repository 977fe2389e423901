package cn.deltalink.alert;

/** What an alert is about. */
public enum AlertKind {
  /** 人员: a person to arrest, find or check discreetly. */
  PERSON,
  /** 车辆: a vehicle stolen, wanted or to be checked. */
  VEHICLE,
  /** 证件: a lost or stolen resident ID card. */
  DOCUMENT;

  public String slug() {
    return Slugs.of(this);
  }

  /** The kind for its slug; {@link IllegalArgumentException} for anything else. */
  public static AlertKind parse(String text) {
    for (AlertKind kind : values()) {
      if (kind.slug().equals(Slugs.fold(text))) {
        return kind;
      }
    }
    throw new IllegalArgumentException("kind is person, vehicle or document, not '" + text + "'");
  }
}
