package cn.deltalink.evidencerules.internal;

import cn.deltalink.evidencerules.EvidenceKind;
import cn.deltalink.evidencerules.internal.core.Condition;
import cn.deltalink.evidencerules.internal.core.Rule;
import cn.deltalink.evidencerules.internal.core.RuleSetVersion;
import cn.deltalink.evidencerules.internal.core.Variant;
import cn.deltalink.platform.CsvRows;
import cn.deltalink.platform.RegionNodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The region's evidence rules as shipped in {@code region/<region>/evidence-rules/}: case types,
 * evidence kinds, the baseline and each province's variant. Read once at start-up; a file that does
 * not hold together (an unknown kind, case type or province) stops the node, naming file and line.
 */
@Component
class RegionRuleFiles {

  private final List<CaseType> caseTypes = new ArrayList<>();
  private final Map<String, List<EvidenceKind>> kinds = new LinkedHashMap<>();
  private final Map<String, Map<String, List<Rule>>> seeds = new LinkedHashMap<>();
  private final Set<String> provinces;
  private final String folder;

  RegionRuleFiles(@Value("${deltalink.region:yrd}") String region) {
    this.folder = "region/" + region + "/evidence-rules/";
    this.provinces = RegionNodes.load(region).nodes().stream().map(RegionNodes.Node::id).collect(Collectors.toCollection(TreeSet::new));
    CsvRows types = CsvRows.read(folder + "case-types.csv");
    for (CsvRows.Row row : types.rows()) {
      caseTypes.add(new CaseType(row.field(0), row.field(1), row.field(2)));
      kinds.put(row.field(0), new ArrayList<>());
    }
    CsvRows kindRows = CsvRows.read(folder + "evidence-kinds.csv");
    for (CsvRows.Row row : kindRows.rows()) {
      List<EvidenceKind> ofType = kinds.get(row.field(0));
      if (ofType == null) {
        throw refused(kindRows, row, "unknown case type '" + row.field(0) + "'");
      }
      ofType.add(new EvidenceKind(row.field(1), row.field(2), row.field(3)));
    }
    readRules(CsvRows.read(folder + "rules.csv"));
  }

  private void readRules(CsvRows csv) {
    Map<String, List<Rule>> baselines = new LinkedHashMap<>();
    Map<String, Map<String, List<Variant.Change>>> variants = new LinkedHashMap<>();
    for (CsvRows.Row row : csv.rows()) {
      String type = row.field(0);
      String scope = row.field(1);
      if (!kinds.containsKey(type)) {
        throw refused(csv, row, "unknown case type '" + type + "'");
      }
      if (!scope.equals(RuleSetVersion.BASELINE) && !provinces.contains(scope)) {
        throw refused(csv, row, "scope is 'baseline' or a node id of the region " + provinces + ", not '" + scope + "'");
      }
      if (kinds.get(type).stream().noneMatch(k -> k.code().equals(row.field(3)))) {
        throw refused(csv, row, "evidence kind '" + row.field(3) + "' is not listed for " + type + " in evidence-kinds.csv");
      }
      Rule rule;
      try {
        rule = new Rule(row.field(3), Condition.parse(row.field(4)));
      } catch (IllegalArgumentException e) {
        throw refused(csv, row, e.getMessage());
      }
      boolean waive = switch (row.field(2)) {
        case "require" -> false;
        case "waive" -> true;
        default -> throw refused(csv, row, "action is require or waive");
      };
      if (scope.equals(RuleSetVersion.BASELINE)) {
        if (waive) {
          throw refused(csv, row, "the baseline only requires");
        }
        baselines.computeIfAbsent(type, t -> new ArrayList<>()).add(rule);
      } else {
        variants.computeIfAbsent(type, t -> new LinkedHashMap<>()).computeIfAbsent(scope, s -> new ArrayList<>()).add(new Variant.Change(waive, rule));
      }
    }
    for (Map.Entry<String, List<Rule>> baseline : baselines.entrySet()) {
      Map<String, List<Rule>> byScope = new LinkedHashMap<>();
      byScope.put(RuleSetVersion.BASELINE, List.copyOf(baseline.getValue()));
      // Every province has a rule set once the baseline exists: without changes of its own it is the baseline.
      for (String province : provinces) {
        List<Variant.Change> changes = variants.getOrDefault(baseline.getKey(), Map.of()).getOrDefault(province, List.of());
        byScope.put(province, new Variant(changes).over(baseline.getValue()));
      }
      seeds.put(baseline.getKey(), byScope);
    }
    variants.keySet().stream().filter(t -> !baselines.containsKey(t)).findFirst().ifPresent(t -> {
      throw new IllegalStateException(csv.resource() + ": case type " + t + " has province variants but no baseline");
    });
  }

  private static IllegalStateException refused(CsvRows csv, CsvRows.Row row, String why) {
    return new IllegalStateException(csv.resource() + " line " + row.line() + ": " + why);
  }

  List<CaseType> caseTypes() {
    return List.copyOf(caseTypes);
  }

  List<EvidenceKind> kinds(String caseType) {
    return List.copyOf(kinds.getOrDefault(caseType, List.of()));
  }

  /** Per case type with rules, per scope (baseline first, then the provinces), the resolved rules to seed as version 1. */
  Map<String, Map<String, List<Rule>>> seeds() {
    return seeds;
  }

  /** The region's provinces (node ids), sorted. */
  Set<String> provinces() {
    return provinces;
  }

  String folder() {
    return folder;
  }
}
