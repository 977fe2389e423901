package cn.deltalink.evidencerules.internal;

import cn.deltalink.evidencerules.internal.core.FineRange;
import cn.deltalink.evidencerules.internal.core.RuleSetVersion;
import cn.deltalink.platform.CsvRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The discretion benchmarks (行政裁量基准) of the region data: fine and detention ranges per violation,
 * circumstance and province, with the statutory range as the baseline. Read-only reference data held
 * in memory (ADR 033): they change by a new region data set, when a province publishes new ones.
 */
@Component
class DiscretionBenchmarks {

  private final List<Violation> violations = new ArrayList<>();
  private final Map<String, Map<String, List<FineRange>>> ranges;

  DiscretionBenchmarks(RegionRuleFiles files) {
    CsvRows v = CsvRows.read(files.folder() + "violations.csv");
    v.rows().forEach(r -> violations.add(new Violation(r.field(0), r.field(1), r.field(2))));
    CsvRows b = CsvRows.read(files.folder() + "benchmarks.csv");
    List<FineRange> all = new ArrayList<>();
    for (CsvRows.Row r : b.rows()) {
      if (violation(r.field(0)).isEmpty()) {
        throw new IllegalStateException(b.resource() + " line " + r.line() + ": unknown violation '" + r.field(0) + "'");
      }
      if (!r.field(1).equals(RuleSetVersion.BASELINE) && !files.provinces().contains(r.field(1))) {
        throw new IllegalStateException(b.resource() + " line " + r.line() + ": scope is baseline or a node id of the region, not '" + r.field(1) + "'");
      }
      try {
        all.add(new FineRange(r.field(0), r.field(1), r.field(2), Long.parseLong(r.field(3)), Long.parseLong(r.field(4)), Integer.parseInt(r.field(5)), Integer.parseInt(r.field(6))));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(b.resource() + " line " + r.line() + ": " + e.getMessage(), e);
      }
    }
    ranges = all.stream().collect(Collectors.groupingBy(FineRange::violation, Collectors.groupingBy(FineRange::scope)));
  }

  List<Violation> violations() {
    return List.copyOf(violations);
  }

  Optional<Violation> violation(String code) {
    return violations.stream().filter(x -> x.code().equals(code)).findFirst();
  }

  /** The ranges of a violation in a scope, minor to serious; empty when the scope sets none. */
  List<FineRange> ranges(String violation, String scope) {
    return ranges.getOrDefault(violation, Map.of()).getOrDefault(scope, List.of());
  }
}
