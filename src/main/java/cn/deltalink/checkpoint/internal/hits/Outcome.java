package cn.deltalink.checkpoint.internal.hits;

/** What the checkpoint did on a hit (处置结果), reported back to the issuer. */
public enum Outcome {
  ARRESTED,
  RELEASED,
  NOT_THE_PERSON,
  VEHICLE_SEIZED,
  DOCUMENT_SEIZED,
  CHECKED_AND_REPORTED;

  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static Outcome parse(String text) {
    for (Outcome o : values()) {
      if (o.slug().equals(text.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-'))) {
        return o;
      }
    }
    throw new IllegalArgumentException("outcome is arrested, released, not-the-person, vehicle-seized, document-seized or checked-and-reported");
  }
}
