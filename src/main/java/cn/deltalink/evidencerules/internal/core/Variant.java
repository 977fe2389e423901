package cn.deltalink.evidencerules.internal.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A province's variant as the region data writes it: changes to the baseline. Requiring a kind adds
 * it or replaces the baseline's condition; waiving drops it.
 */
public record Variant(List<Change> changes) {

  /** One change: require (with a condition) or waive a kind. */
  public record Change(boolean waive, Rule rule) {}

  public Variant {
    changes = List.copyOf(changes);
  }

  /** The province's resolved rules: the baseline's in order with their replaced conditions, then the added ones. */
  public List<Rule> over(List<Rule> baseline) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    baseline.forEach(r -> rules.put(r.kind(), r));
    for (Change c : changes) {
      if (c.waive()) {
        if (rules.remove(c.rule().kind()) == null) {
          throw new IllegalArgumentException("The variant waives '" + c.rule().kind() + "', which the baseline does not require");
        }
      } else {
        rules.put(c.rule().kind(), c.rule());
      }
    }
    return new ArrayList<>(rules.values());
  }
}
