package cn.deltalink.evidencerules.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetDiffTest {

  private static Rule rule(String kind, String condition) {
    return new Rule(kind, Condition.parse(condition));
  }

  @Test
  void a_variant_replaces_conditions_adds_kinds_and_waives_others() {
    List<Rule> baseline = List.of(rule("victim-statement", ""), rule("identification-record", ""), rule("price-appraisal", "amount >= 1000"));
    Variant variant =
        new Variant(List.of(new Variant.Change(false, rule("price-appraisal", "amount >= 3000")), new Variant.Change(true, rule("identification-record", "")), new Variant.Change(false, rule("surveillance-video", ""))));

    List<Rule> province = variant.over(baseline);

    assertThat(province).containsExactly(rule("victim-statement", ""), rule("price-appraisal", "amount >= 3000"), rule("surveillance-video", ""));
  }

  @Test
  void the_diff_marks_added_removed_changed_and_same_lines() {
    List<Rule> a = List.of(rule("victim-statement", ""), rule("identification-record", ""), rule("price-appraisal", "amount >= 1000"));
    List<Rule> b = List.of(rule("victim-statement", ""), rule("price-appraisal", "amount >= 3000"), rule("surveillance-video", ""));

    RuleSetDiff diff = RuleSetDiff.between(a, b);

    assertThat(diff.lines()).extracting(RuleSetDiff.Line::kind, RuleSetDiff.Line::change)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("victim-statement", RuleSetDiff.Change.SAME),
            org.assertj.core.groups.Tuple.tuple("identification-record", RuleSetDiff.Change.REMOVED),
            org.assertj.core.groups.Tuple.tuple("price-appraisal", RuleSetDiff.Change.CHANGED),
            org.assertj.core.groups.Tuple.tuple("surveillance-video", RuleSetDiff.Change.ADDED));
    assertThat(diff.differences()).isEqualTo(3);
  }
}
