package cn.deltalink.checkpoint.internal.matching;

/**
 * How sure a candidate is. A certain hit may be acted on as the alert says; a possible hit is for
 * the officer to check before anything is done.
 */
public enum Match {
  /** The read is the alert's key: the same ID number (either generation), the same plate, the same document. */
  CERTAIN,
  /** The read looks like the alert's key: a look-alike or partial plate, a name that sounds alike. */
  POSSIBLE;

  /** As the API spells it: {@code certain} or {@code possible}. */
  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
