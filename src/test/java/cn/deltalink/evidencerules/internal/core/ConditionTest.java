package cn.deltalink.evidencerules.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {

  private static Map<String, BigDecimal> facts(long amount, long investors) {
    return Map.of("amount", BigDecimal.valueOf(amount), "investors", BigDecimal.valueOf(investors));
  }

  @Test
  void or_of_thresholds_applies_when_either_is_reached() {
    Condition c = Condition.parse("amount >= 1000000 or investors >= 150");

    assertThat(c.appliesTo(facts(999_999, 149))).isFalse();
    assertThat(c.appliesTo(facts(1_000_000, 1))).isTrue();
    assertThat(c.appliesTo(facts(10, 150))).isTrue();
  }

  @Test
  void and_binds_before_or() {
    Condition c = Condition.parse("amount >= 100 and investors >= 10 or amount >= 5000");

    assertThat(c.appliesTo(facts(100, 9))).isFalse();
    assertThat(c.appliesTo(facts(100, 10))).isTrue();
    assertThat(c.appliesTo(facts(5000, 0))).isTrue();
  }

  @Test
  void the_text_is_canonical_so_that_a_diff_compares_meaning_not_spacing() {
    assertThat(Condition.parse("  AMOUNT>=50000.0 ").text()).isEqualTo(Condition.parse("amount >= 50000.0").text()).isEqualTo("amount >= 50000.0");
    assertThat(Condition.parse("").text()).isEmpty();
  }

  @Test
  void an_absent_fact_counts_as_reached() {
    assertThat(Condition.parse("victims >= 10").appliesTo(Map.of())).isTrue();
  }

  @Test
  void a_malformed_comparison_is_refused_with_an_example() {
    assertThatThrownBy(() -> Condition.parse("amount => 5")).hasMessageContaining("'amount => 5' is not a comparison such as 'amount >= 50000'");
    assertThatThrownBy(() -> Condition.parse("amount >= 5 or")).isInstanceOf(IllegalArgumentException.class);
  }
}
