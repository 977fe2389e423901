package cn.deltalink.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AgencyCodeTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void anAgencyCodeIsTwelveDigitsAndKnowsItsProvince() {
    assertThat(AgencyCode.of("320000000000").province()).isEqualTo("32");
    assertThat(AgencyCode.isWellFormed("310115000000")).isTrue();
  }

  @Test
  void anythingElseIsRefusedWithTheExpectedForm() {
    for (String wrong : new String[] {"32000000000", "3200000000000", "32000000000A", "", " 320000000000"}) {
      assertThat(AgencyCode.isWellFormed(wrong)).as(wrong).isFalse();
      assertThatThrownBy(() -> AgencyCode.of(wrong)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12 digits");
    }
    assertThat(AgencyCode.isWellFormed(null)).isFalse();
  }

  @Test
  void anAgencyWithAMalformedCodeIsRefusedByTheSameRule() {
    assertThatThrownBy(() -> new Agency("32000000000", "江苏省公安厅", "Jiangsu PSD", AgencyKind.PROVINCIAL_DEPARTMENT, "320000", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12 digits");
  }

  @Test
  void inJsonAnAgencyCodeIsItsPlainText() {
    assertThat(json.writeValueAsString(AgencyCode.of("320000000000"))).isEqualTo("\"320000000000\"");
    assertThat(json.readValue("\"340000000000\"", AgencyCode.class)).isEqualTo(AgencyCode.of("340000000000"));
  }
}
