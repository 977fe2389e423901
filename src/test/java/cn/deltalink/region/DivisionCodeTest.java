package cn.deltalink.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DivisionCodeTest {

  @Test
  void twoDigitsNameTheProvince() {
    assertThat(DivisionCode.of("32").value()).isEqualTo("320000");
  }

  @Test
  void fourDigitsNameThePrefecture() {
    assertThat(DivisionCode.of("3201").value()).isEqualTo("320100");
  }

  @Test
  void sixDigitsAreKeptAsGiven() {
    assertThat(DivisionCode.of(" 320115 ").value()).isEqualTo("320115");
  }

  @Test
  void theSignificantPrefixDropsTrailingZeroPairs() {
    assertThat(DivisionCode.of("32").prefix()).isEqualTo("32");
    assertThat(DivisionCode.of("3201").prefix()).isEqualTo("3201");
    assertThat(DivisionCode.of("320115").prefix()).isEqualTo("320115");
  }

  @Test
  void aProvinceEnclosesItsCountiesButNotItsNeighbours() {
    assertThat(DivisionCode.of("32").encloses(DivisionCode.of("320115"))).isTrue();
    assertThat(DivisionCode.of("32").encloses(DivisionCode.of("340523"))).isFalse();
  }

  @Test
  void oddLengthsLettersAndSqlAreRefusedWithTheExpectedForm() {
    for (String bad : new String[] {"3", "320", "32011", "3201150", "32a1", "", "' or 1=1 --", "００"}) {
      assertThatThrownBy(() -> DivisionCode.of(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2, 4 or 6 digits");
    }
  }

  @Test
  void provinceZeroIsNoCode() {
    assertThatThrownBy(() -> DivisionCode.of("000000")).isInstanceOf(IllegalArgumentException.class);
  }
}
