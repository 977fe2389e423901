package cn.deltalink.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTest {

  private final Region delta = new Region("yrd", "长三角", "Yangtze River Delta", List.of("31", "32", "33", "34"));

  @Test
  void includesDivisionsOfItsMemberProvincesOnly() {
    assertThat(delta.includes(DivisionCode.of("340523"))).isTrue();
    assertThat(delta.includes(DivisionCode.of("110101"))).isFalse();
  }

  @Test
  void refusesARegionWithoutMembers() {
    assertThatThrownBy(() -> new Region("empty", "空", "Empty", List.of())).hasMessageContaining("no member provinces");
  }

  @Test
  void refusesAMemberThatIsNoProvinceCode() {
    assertThatThrownBy(() -> new Region("bad", "坏", "Bad", List.of("320"))).hasMessageContaining("'320' is not a two-digit province code");
  }

  @Test
  void refusesAProvinceListedTwice() {
    assertThatThrownBy(() -> new Region("twice", "重", "Twice", List.of("32", "32"))).hasMessageContaining("twice");
  }
}
