package cn.deltalink.resolution;

import java.util.List;

/**
 * Two records found to be the same person, with the evidence for and against.
 *
 * @param score the sum of the reasons' points; a pair matches from {@link #THRESHOLD}
 */
public record Match(String recordA, String recordB, int score, List<Reason> reasons) {

  public static final int THRESHOLD = 7;

  public Match {
    reasons = List.copyOf(reasons);
  }

  /**
   * One piece of evidence.
   *
   * @param code e.g. {@code id.transposed}, {@code name.homophone}, {@code birth-date.same}
   * @param points its weight, negative against a match
   * @param detail what was seen, in English
   */
  public record Reason(String code, int points, String detail) {}
}
