package cn.deltalink.alert;

/** What the officer at a checkpoint does on a hit (处置要求), as SIS alerts state it. */
public enum ActionOnHit {
  /** 抓捕: arrest the person. */
  ARREST,
  /** 盘查并报告: check and report to the issuer. */
  CHECK_AND_REPORT,
  /** 秘密核查: check without the person noticing, report. */
  DISCREET_CHECK,
  /** 扣押: seize the vehicle or document. */
  SEIZE;

  public String slug() {
    return Slugs.of(this);
  }

  public static ActionOnHit parse(String text) {
    for (ActionOnHit action : values()) {
      if (action.slug().equals(Slugs.fold(text))) {
        return action;
      }
    }
    throw new IllegalArgumentException("actionOnHit is arrest, check-and-report, discreet-check or seize, not '" + text + "'");
  }

  /** Whether the action can be taken on a hit of this kind of alert: persons are arrested, things seized. */
  public boolean fits(AlertKind kind) {
    return switch (this) {
      case ARREST -> kind == AlertKind.PERSON;
      case SEIZE -> kind != AlertKind.PERSON;
      case CHECK_AND_REPORT, DISCREET_CHECK -> true;
    };
  }
}
