package cn.deltalink.casework.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.evidencerules.EvidenceRules;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Case work's case types are the evidence rules' case types, code for code, so every case can be checked. */
@NodeTest
class CaseTypesTest {

  @Autowired EvidenceRules rules;

  @Test
  void everyCaseTypeIsOneTheEvidenceRulesKnow() {
    assertThat(Arrays.stream(CaseType.values()).map(CaseType::code)).containsExactlyInAnyOrderElementsOf(rules.caseTypes());
  }
}
