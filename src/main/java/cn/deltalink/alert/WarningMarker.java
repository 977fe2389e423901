package cn.deltalink.alert;

/** What an officer must know before approaching (警示标识), after the SIS warning markers. */
public enum WarningMarker {
  /** 持枪/持械. */
  ARMED,
  /** 暴力倾向. */
  VIOLENT,
  /** 脱逃风险. */
  ESCAPE_RISK,
  /** 自伤/自杀风险. */
  SELF_HARM,
  /** 传染病风险. */
  HEALTH_RISK,
  /** 涉恐. */
  TERRORISM;

  public String slug() {
    return Slugs.of(this);
  }

  public static WarningMarker parse(String text) {
    for (WarningMarker marker : values()) {
      if (marker.slug().equals(Slugs.fold(text))) {
        return marker;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a warning marker (armed, violent, escape-risk, self-harm, health-risk, terrorism)");
  }
}
