package cn.deltalink.evidencerules.internal.core;

/**
 * One line of a discretion benchmark (行政裁量基准): for a violation in a circumstance, the fine in yuan
 * and the detention in days a decision may set.
 *
 * @param circumstance {@code minor} (情节较轻), {@code ordinary} (一般) or {@code serious} (情节较重)
 */
public record FineRange(String violation, String scope, String circumstance, long fineMin, long fineMax, int detentionMin, int detentionMax) {

  public FineRange {
    if (!java.util.List.of("minor", "ordinary", "serious").contains(circumstance)) {
      throw new IllegalArgumentException("circumstance is minor, ordinary or serious, not '" + circumstance + "'");
    }
    if (fineMin < 0 || fineMax < fineMin || detentionMin < 0 || detentionMax < detentionMin || detentionMax > 20) {
      throw new IllegalArgumentException("a range runs from a minimum not below 0 to a maximum not below it (detention at most 20 days)");
    }
  }

  /** The same ranges, whatever the scope: what a diff compares. */
  public boolean sameRanges(FineRange other) {
    return fineMin == other.fineMin && fineMax == other.fineMax && detentionMin == other.detentionMin && detentionMax == other.detentionMax;
  }
}
