package cn.deltalink.evidencerules.internal.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Two scopes' benchmarks of one violation side by side, circumstance by circumstance, in the change terms of {@link RuleSetDiff}. */
public record BenchmarkDiff(List<Line> lines) {

  /** One circumstance; a side is null where that scope sets no range. */
  public record Line(String circumstance, RuleSetDiff.Change change, @Nullable FineRange a, @Nullable FineRange b) {}

  public BenchmarkDiff {
    lines = List.copyOf(lines);
  }

  public static BenchmarkDiff between(List<FineRange> a, List<FineRange> b) {
    Map<String, FineRange> second = new LinkedHashMap<>();
    b.forEach(r -> second.put(r.circumstance(), r));
    List<Line> lines = new ArrayList<>();
    for (FineRange r : a) {
      FineRange other = second.remove(r.circumstance());
      lines.add(other == null
          ? new Line(r.circumstance(), RuleSetDiff.Change.REMOVED, r, null)
          : new Line(r.circumstance(), r.sameRanges(other) ? RuleSetDiff.Change.SAME : RuleSetDiff.Change.CHANGED, r, other));
    }
    second.values().forEach(r -> lines.add(new Line(r.circumstance(), RuleSetDiff.Change.ADDED, null, r)));
    return new BenchmarkDiff(lines);
  }
}
