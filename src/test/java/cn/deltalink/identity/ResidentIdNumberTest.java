package cn.deltalink.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Check characters in these examples were computed by hand with the GB 11643 weights, not by the code under test. */
class ResidentIdNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private static Checked<ResidentIdNumber> parse(String raw) {
    return ResidentIdNumber.parse(raw, SomeAddressCodes.sample(), TODAY);
  }

  private static Rejection rejectionOf(String raw) {
    return parse(raw).rejection().orElseThrow();
  }

  @Test
  void theExampleOfTheStandardIsAWomanBornInChaoyangOnNewYearsEve1949() {
    ResidentIdNumber id = parse("11010519491231002X").orElseThrow();

    assertThat(id.addressCode()).isEqualTo("110105");
    assertThat(id.region(SomeAddressCodes.sample())).contains("北京市朝阳区");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.gender()).isEqualTo(ResidentIdNumber.Gender.FEMALE);
    assertThat(id.orderCode()).isEqualTo("002");
    assertThat(id.ageOn(TODAY)).isEqualTo(76);
  }

  @Test
  void aLowerCaseXIsAcceptedAndWrittenInCapitals() {
    assertThat(parse("11010519491231002x").orElseThrow().value()).isEqualTo("11010519491231002X");
  }

  @Test
  void spacesBetweenTheGroupsAreDropped() {
    assertThat(parse(" 110105 19491231 002X ").orElseThrow().value()).isEqualTo("11010519491231002X");
  }

  @Test
  void anOddOrderCodeIsAMan() {
    ResidentIdNumber id = parse("320102198001010016").orElseThrow();

    assertThat(id.gender()).isEqualTo(ResidentIdNumber.Gender.MALE);
    assertThat(id.region(SomeAddressCodes.sample())).contains("江苏省南京市玄武区");
  }

  @Test
  void theRegionOfACountyLevelCityUnderTheProvinceSkipsTheGroupingPlaceholder() {
    assertThat(parse("429004197707077778").orElseThrow().region(SomeAddressCodes.sample())).contains("湖北省仙桃市");
  }

  @Test
  void theTwentyNinthOfFebruaryOfALeapYearIsARealBirthDate() {
    assertThat(parse("330106200002290037").isValid()).isTrue();
  }

  @Test
  void everyRemainderHasItsOwnCheckCharacter() {
    for (String id :
        new String[] {
          "320102198001010091", "320102198001010040", "32010219800101018X", "320102198001010059", "320102198001010198", "320102198001010067",
          "320102198001010016", "320102198001010075", "320102198001010024", "320102198001010083", "320102198001010032"
        }) {
      assertThat(parse(id).isValid()).as(id).isTrue();
    }
  }

  @Test
  void aWrongCheckCharacterIsRejectedNamingTheRightOne() {
    Rejection rejection = rejectionOf("110105194912310025");

    assertThat(rejection.rule()).isEqualTo("resident-id.check-character");
    assertThat(rejection.message()).isEqualTo("check character should be X, not 5");
  }

  @Test
  void anIdIssuedUnderARetiredAddressCodeStaysValid() {
    ResidentIdNumber id = parse("320684198503150029").value().orElseThrow();

    assertThat(id.region(SomeAddressCodes.sample())).contains("江苏省南通市海门市");
  }

  @Test
  void anUnknownAddressCodeIsRejected() {
    Rejection rejection = rejectionOf("999999198001010011");

    assertThat(rejection.rule()).isEqualTo("resident-id.address-code");
    assertThat(rejection.message()).contains("999999");
  }

  @Test
  void aBirthDateInTheFutureIsRejected() {
    assertThat(rejectionOf("32010220300101001X").rule()).isEqualTo("resident-id.birth-date-future");
  }

  @Test
  void aBirthDateOfTodayIsNotInTheFuture() {
    assertThat(ResidentIdNumber.parse("320102202601010035", SomeAddressCodes.sample(), LocalDate.of(2026, 1, 1)).isValid()).isTrue();
  }

  @Test
  void theThirtiethOfFebruaryIsNotARealDate() {
    Rejection rejection = rejectionOf("32010219900230001X");

    assertThat(rejection.rule()).isEqualTo("resident-id.birth-date");
    assertThat(rejection.message()).isEqualTo("birth date 19900230 is not a real date");
  }

  @Test
  void nineteenHundredWasNotALeapYear() {
    assertThat(rejectionOf("320102190002290017").rule()).isEqualTo("resident-id.birth-date");
  }

  @Test
  void aBirthDateBefore1900IsRejected() {
    assertThat(rejectionOf("320102189912310015").rule()).isEqualTo("resident-id.birth-date-early");
  }

  @Test
  void aFifteenDigitFirstGenerationNumberIsRejectedWithAdvice() {
    assertThat(rejectionOf("110105491231002").message())
        .isEqualTo("15-digit first-generation numbers are no longer valid; use the 18-digit number");
  }

  @Test
  void aNumberOfAnotherLengthIsRejectedWithItsLength() {
    assertThat(rejectionOf("1101051949123100").message()).isEqualTo("a resident ID number has 18 characters, not 16");
  }

  @Test
  void anXAnywhereButLastIsRejectedWithItsPosition() {
    Rejection rejection = rejectionOf("1101051949X231002X");

    assertThat(rejection.rule()).isEqualTo("resident-id.characters");
    assertThat(rejection.arguments()).containsExactly("X", "11");
  }

  @Test
  void aScriptFragmentIsRejectedByItsLength() {
    assertThat(rejectionOf("<script>alert(1)</script>").rule()).isEqualTo("resident-id.length");
  }

  @Test
  void theConstructorRefusesANumberWithAWrongCheckCharacter() {
    assertThatThrownBy(() -> new ResidentIdNumber("110105194912310025"))
        .isInstanceOf(InvalidIdentifier.class)
        .hasMessage("check character should be X, not 5");
  }

  @Test
  void maskingKeepsTheFirstThreeAndTheLastFourCharacters() {
    ResidentIdNumber id = parse("11010519491231002X").orElseThrow();

    assertThat(id.masked()).isEqualTo("110105********002X");
    assertThat(id.toString()).isEqualTo(id.masked());
  }
}
