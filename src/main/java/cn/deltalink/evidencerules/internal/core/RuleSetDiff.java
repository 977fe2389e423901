package cn.deltalink.evidencerules.internal.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two rule sets side by side, kind by kind: the same, only in the first ({@code removed}), only in
 * the second ({@code added}), or in both with different conditions ({@code changed}). Lines follow the
 * first set's order, then the second's additions.
 */
public record RuleSetDiff(List<Line> lines) {

  /** How a kind differs from the first set to the second. */
  public enum Change {
    SAME,
    ADDED,
    REMOVED,
    CHANGED;

    public String slug() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One kind in the diff; a side is null where that set does not require it. */
  public record Line(String kind, Change change, @org.jspecify.annotations.Nullable Rule a, @org.jspecify.annotations.Nullable Rule b) {}

  public RuleSetDiff {
    lines = List.copyOf(lines);
  }

  public static RuleSetDiff between(List<Rule> a, List<Rule> b) {
    Map<String, Rule> second = new LinkedHashMap<>();
    b.forEach(r -> second.put(r.kind(), r));
    List<Line> lines = new ArrayList<>();
    for (Rule r : a) {
      Rule other = second.remove(r.kind());
      if (other == null) {
        lines.add(new Line(r.kind(), Change.REMOVED, r, null));
      } else {
        lines.add(new Line(r.kind(), r.condition().text().equals(other.condition().text()) ? Change.SAME : Change.CHANGED, r, other));
      }
    }
    second.values().forEach(r -> lines.add(new Line(r.kind(), Change.ADDED, null, r)));
    return new RuleSetDiff(lines);
  }

  /** How many lines differ. */
  public long differences() {
    return lines.stream().filter(l -> l.change() != Change.SAME).count();
  }
}
