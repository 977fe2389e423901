package cn.deltalink.evidencerules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.NodeTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The API case work uses, against the rule sets seeded from the region data at a Jiangsu node. */
@NodeTest
class EvidenceRulesTest {

  @Autowired EvidenceRules rules;

  @Test
  void the_three_case_types_of_the_article_come_first_and_every_type_has_kinds() {
    assertThat(rules.caseTypes()).startsWith("theft", "telecom-fraud", "illegal-fundraising").contains("contract-fraud", "trade-secret", "environmental", "logistics-fraud");
    assertThat(rules.kinds("telecom-fraud")).extracting(EvidenceKind::code).contains("account-opening-records", "victim-statement");
    assertThat(rules.kinds("no-such-type")).isEmpty();
  }

  @Test
  void account_opening_records_are_required_in_jiangsu_from_fifty_thousand_yuan_but_in_zhejiang_from_three_thousand() {
    Set<String> present = Set.of("report-record", "victim-statement", "transfer-records", "call-chat-records", "device-extraction");
    Map<String, BigDecimal> facts = Map.of("amount", new BigDecimal("20000"), "victims", BigDecimal.ONE);

    Completeness jiangsu = rules.check("telecom-fraud", "JS", present, facts);
    Completeness zhejiang = rules.check("telecom-fraud", "ZJ", present, facts);

    assertThat(jiangsu.ruleSetVersion()).isGreaterThanOrEqualTo(1);
    assertThat(jiangsu.missing()).extracting(Requirement::kind).containsExactly("stop-payment-records");
    assertThat(zhejiang.missing()).extracting(Requirement::kind).containsExactly("account-opening-records");
    assertThat(zhejiang.missing().get(0).condition()).isEqualTo("amount >= 3000");
    assertThat(zhejiang.present()).extracting(Requirement::kind).containsExactlyInAnyOrderElementsOf(present);
  }

  /**
   * The theft interpretation (法释〔2013〕8号) lets each province set 数额较大 within 1,000-3,000 yuan and
   * 数额巨大 within 30,000-100,000 yuan; the price appraisal and the tracing of proceeds start there.
   */
  @Test
  void every_province_starts_the_theft_thresholds_inside_the_ranges_of_the_interpretation() {
    for (String province : List.of("baseline", "SH", "JS", "ZJ", "AH")) {
      assertThat(theftMissing(province, "999")).as(province).doesNotContain("price-appraisal");
      assertThat(theftMissing(province, "3000")).as(province).contains("price-appraisal");
      assertThat(theftMissing(province, "29999")).as(province).doesNotContain("proceeds-tracing");
      assertThat(theftMissing(province, "100000")).as(province).contains("proceeds-tracing");
    }
    assertThat(theftMissing("JS", "1999")).doesNotContain("price-appraisal");
    assertThat(theftMissing("JS", "2000")).contains("price-appraisal");
  }

  private List<String> theftMissing(String province, String amount) {
    return rules.check("theft", province, Set.of(), Map.of("amount", new BigDecimal(amount), "times", BigDecimal.ONE, "mobile-payment", BigDecimal.ZERO)).missing().stream().map(Requirement::kind).toList();
  }

  @Test
  void a_fact_nobody_entered_makes_the_requirement_apply() {
    Completeness check = rules.check("theft", "baseline", Set.of(), Map.of());

    assertThat(check.missing()).extracting(Requirement::kind).contains("price-appraisal", "prior-penalties", "proceeds-tracing");
    assertThat(check.complete()).isFalse();
  }

  @Test
  void a_case_type_without_rules_checks_as_complete_with_version_zero() {
    Completeness check = rules.check("environmental", "SH", Set.of(), Map.of());

    assertThat(check.ruleSetVersion()).isZero();
    assertThat(check.complete()).isTrue();
  }

  @Test
  void unknown_case_types_and_provinces_are_refused_naming_the_known_ones() {
    assertThatThrownBy(() -> rules.check("arson", "JS", Set.of(), Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("theft");
    assertThatThrownBy(() -> rules.check("theft", "BJ", Set.of(), Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseline, AH, JS, SH, ZJ");
  }
}
