package cn.deltalink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdentifierCheckTest {

  /** 2026-05-31 20:00 UTC is already 1 June in Beijing. */
  private final IdentifierCheck check = new IdentifierCheck(SomeAddressCodes.sample(), Clock.fixed(Instant.parse("2026-05-31T20:00:00Z"), ZoneOffset.UTC));

  @Test
  void aValidResidentIdListsWhatFollowsFromIt() {
    IdentifierCheck.Outcome outcome = check.check(IdentifierType.RESIDENT_ID, "11010519491231002x");

    assertThat(outcome.valid()).isTrue();
    assertThat(outcome.derived())
        .containsEntry("birthDate", "1949-12-31")
        .containsEntry("gender", "female")
        .containsEntry("addressCode", "110105")
        .containsEntry("region", "北京市朝阳区")
        .containsEntry("age", 76);
    assertThat(outcome.maskedValue()).isEqualTo("110105********002X");
  }

  @Test
  void aResidentIdUnderARetiredAddressCodeSaysWhichRevisionLastHeldIt() {
    IdentifierCheck.Outcome outcome = check.check(IdentifierType.RESIDENT_ID, "320684198503150029");

    assertThat(outcome.valid()).isTrue();
    assertThat(outcome.derived()).containsEntry("region", "江苏省南通市海门市").containsEntry("addressCodeLastRevision", "2016-07");
    assertThat(check.check(IdentifierType.RESIDENT_ID, "11010519491231002x").derived()).doesNotContainKey("addressCodeLastRevision");
  }

  @Test
  void todayIsTakenInBeijingTime() {
    assertThat(check.check(IdentifierType.RESIDENT_ID, "320102202606010018").valid()).isTrue();
  }

  @Test
  void anInvalidValueHasAReasonAndNoDerivedFields() {
    IdentifierCheck.Outcome outcome = check.check(IdentifierType.RESIDENT_ID, "110105194912310025");

    assertThat(outcome.valid()).isFalse();
    assertThat(outcome.reason().orElseThrow().message()).isEqualTo("check character should be X, not 5");
    assertThat(outcome.derived()).isEmpty();
  }

  @Test
  void anInvalidValueIsMaskedToItsFirstThreeAndLastTwoCharacters() {
    assertThat(check.check(IdentifierType.RESIDENT_ID, "110105194912310025").maskedValue()).isEqualTo("110*************25");
  }

  @Test
  void aShortInvalidValueIsMaskedEntirely() {
    assertThat(check.check(IdentifierType.MOBILE, "1381").maskedValue()).isEqualTo("****");
  }

  @Test
  void aPlateListsProvinceKindAndOcrVariants() {
    IdentifierCheck.Outcome outcome = check.check(IdentifierType.PLATE, "苏A·D1234 5");

    assertThat(outcome.derived())
        .containsEntry("normalised", "苏AD12345")
        .containsEntry("province", "江苏")
        .containsEntry("kind", "new-energy-small")
        .containsKey("ocrVariants");
  }

  @Test
  void aCreditCodeNamesItsAuthorityAndRegion() {
    assertThat(check.check(IdentifierType.CREDIT_CODE, "91350100M000100Y43").derived())
        .containsEntry("registrationAuthority", "market-regulation")
        .containsEntry("divisionCode", "350100")
        .containsEntry("region", "福建省福州市");
  }

  @Test
  void aNameListsItsPinyinKeys() {
    assertThat(check.check(IdentifierType.NAME, "章伟").derived()).containsEntry("homophoneKey", "zhangwei").containsEntry("surname", "章");
  }
}
