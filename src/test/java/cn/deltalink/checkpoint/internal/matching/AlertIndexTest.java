package cn.deltalink.checkpoint.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.identity.PersonName;
import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.identity.ResidentIdNumber.Gender;
import cn.deltalink.identity.VehiclePlate;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertIndexTest {

  private static final String ID_18 = "320102198001011238";
  private static final String ID_15 = "320102800101123";

  private final AlertIndex index = new AlertIndex();

  private static AlertKey.Plate plate(String text) {
    return new AlertKey.Plate(VehiclePlate.parse(text).orElseThrow());
  }

  private UUID listed(AlertKey... keys) {
    UUID id = UUID.randomUUID();
    assertThat(index.put(AlertKeys.of(id, 1, keys))).isTrue();
    return id;
  }

  private Candidate onlyCandidate(Read read) {
    List<Candidate> found = index.check(read);
    assertThat(found).as("candidates of %s", read).hasSize(1);
    return found.get(0);
  }

  @Test
  void theFixtureNumberIsAValidResidentIdNumber() {
    assertThat(new ResidentIdNumber(ID_18).value()).isEqualTo(ID_18);
  }

  @Test
  void theSameResidentIdNumberIsACertainHit() {
    UUID alert = listed(new AlertKey.ResidentId(ID_18));

    Candidate hit = onlyCandidate(Read.Person.byResidentId(ID_18));

    assertThat(hit.alertId()).isEqualTo(alert);
    assertThat(hit.match()).isEqualTo(Match.CERTAIN);
    assertThat(hit.on()).isEqualTo(AlertKey.Kind.RESIDENT_ID);
    assertThat(hit.reason().text()).isEqualTo("resident ID " + ID_18 + " is listed");
  }

  @Test
  void aFifteenDigitCardReadHitsTheAlertOnItsEighteenCharacterNumber() {
    UUID alert = listed(new AlertKey.ResidentId(ID_18));

    Candidate hit = onlyCandidate(Read.Person.byResidentId(ID_15));

    assertThat(hit.alertId()).isEqualTo(alert);
    assertThat(hit.match()).isEqualTo(Match.CERTAIN);
    assertThat(hit.reason().text()).isEqualTo("resident ID " + ID_15 + " (15 digits) is " + ID_18 + ", which is listed");
  }

  @Test
  void anAlertOnAFifteenDigitNumberIsHitByTheEighteenCharacterCard() {
    UUID alert = listed(new AlertKey.ResidentId(ID_15));

    Candidate hit = onlyCandidate(Read.Person.byResidentId(ID_18));

    assertThat(hit.alertId()).isEqualTo(alert);
    assertThat(hit.match()).isEqualTo(Match.CERTAIN);
  }

  @Test
  void aNumberWithAWrongCheckCharacterIsOnlyPossible() {
    listed(new AlertKey.ResidentId(ID_18));

    Candidate hit = onlyCandidate(Read.Person.byResidentId("320102198001011235"));

    assertThat(hit.match()).isEqualTo(Match.POSSIBLE);
    assertThat(hit.reason().text()).contains("wrong check character (8 expected)");
  }

  @Test
  void aTypedNumberWithSpacesAndALowerCaseXIsRead() {
    String withX = "11010519491231002X";
    assertThat(new ResidentIdNumber(withX).value()).isEqualTo(withX);
    UUID alert = listed(new AlertKey.ResidentId(withX));

    assertThat(onlyCandidate(Read.Person.byResidentId(" 110105 19491231 002x ")).alertId()).isEqualTo(alert);
  }

  @Test
  void anotherPersonsNumberIsNoHit() {
    listed(new AlertKey.ResidentId(ID_18));

    assertThat(index.check(Read.Person.byResidentId("320102198001021230"))).isEmpty();
  }

  @Test
  void anExactPlateReadWithSeparatorsFullWidthOrLowerCaseIsCertain() {
    UUID alert = listed(plate("苏A12345"));

    for (String read : List.of("苏A12345", "苏A·12345", "苏ａ１２３４５", "苏 a-123 45")) {
      Candidate hit = onlyCandidate(new Read.Vehicle(read, 0.9));
      assertThat(hit.alertId()).isEqualTo(alert);
      assertThat(hit.match()).as(read).isEqualTo(Match.CERTAIN);
      assertThat(hit.score()).isEqualTo(1.0);
      assertThat(hit.reason().text()).isEqualTo("plate 苏A12345 read exactly");
    }
  }

  @Test
  void aLookAlikeReadIsPossibleAndSaysWhichCharactersWereConfused() {
    UUID alert = listed(plate("苏A12345"));

    Candidate hit = onlyCandidate(new Read.Vehicle("苏A1Z345", 0.9));

    assertThat(hit.alertId()).isEqualTo(alert);
    assertThat(hit.match()).isEqualTo(Match.POSSIBLE);
    assertThat(hit.reason().text()).isEqualTo("plate 苏A12345 read as 苏A1Z345 (2↔Z)");
    assertThat(hit.reason().code()).isEqualTo("match.plate.look-alike");
    assertThat(hit.score()).isLessThan(1.0);
  }

  @Test
  void everyPairOfCharactersCamerasConfuseIsFound() {
    String[][] pairs = {{"0", "D"}, {"0", "Q"}, {"D", "Q"}, {"8", "B"}, {"2", "Z"}, {"5", "S"}, {"1", "7"}, {"6", "G"}};
    for (String[] pair : pairs) {
      AlertIndex fresh = new AlertIndex();
      UUID alert = UUID.randomUUID();
      fresh.put(AlertKeys.of(alert, 1, plate("浙B3" + pair[0] + "4K9")));

      List<Candidate> found = fresh.check(new Read.Vehicle("浙B3" + pair[1] + "4K9", 0.9));

      assertThat(found).as("%s read as %s", pair[0], pair[1]).extracting(Candidate::alertId).containsExactly(alert);
      assertThat(found.get(0).match()).isEqualTo(Match.POSSIBLE);
    }
  }

  @Test
  void twoConfusedCharactersScoreLowerThanOne() {
    listed(plate("苏A12345"));

    double one = onlyCandidate(new Read.Vehicle("苏A1Z345", 0.9)).score();
    double two = onlyCandidate(new Read.Vehicle("苏A1Z34S", 0.9)).score();

    assertThat(two).isLessThan(one);
  }

  @Test
  void threeConfusedCharactersAreTooFarToBeTheSamePlate() {
    listed(plate("苏A12345"));

    assertThat(index.check(new Read.Vehicle("苏A7Z34S", 0.9))).isEmpty();
  }

  @Test
  void aCharacterOutsideTheConfusedPairsIsNoHit() {
    listed(plate("苏A12345"));

    assertThat(index.check(new Read.Vehicle("苏A12346", 0.9))).isEmpty();
    assertThat(index.check(new Read.Vehicle("苏A1234", 0.9))).isEmpty();
  }

  @Test
  void aReadOOnTheAuthorityLetterCanOnlyBeDAndStaysCertain() {
    UUID alert = listed(plate("苏D12345"));

    Candidate hit = onlyCandidate(new Read.Vehicle("苏O12345", 0.9));

    assertThat(hit.alertId()).isEqualTo(alert);
    assertThat(hit.match()).isEqualTo(Match.CERTAIN);
    assertThat(hit.reason().text()).isEqualTo("plate 苏D12345 read as 苏O12345 (O→D)");
  }

  @Test
  void aReadOInAnOrdinarySerialMayBe0OrDSoItIsOnlyPossible() {
    listed(plate("苏A10345"));

    assertThat(onlyCandidate(new Read.Vehicle("苏A1O345", 0.9)).match()).isEqualTo(Match.POSSIBLE);
  }

  @Test
  void aReadIIsA1() {
    listed(plate("苏A12345"));

    Candidate hit = onlyCandidate(new Read.Vehicle("苏AI2345", 0.9));

    assertThat(hit.match()).isEqualTo(Match.CERTAIN);
    assertThat(hit.reason().text()).contains("I→1");
  }

  @Test
  void newEnergyPlatesMatchExactlyAndTheirFormatSettlesAReadO() {
    UUID small = listed(plate("苏AD10345"));
    UUID large = listed(plate("沪B10345F"));

    assertThat(onlyCandidate(new Read.Vehicle("苏AD10345", 0.9)).alertId()).isEqualTo(small);
    Candidate settled = onlyCandidate(new Read.Vehicle("苏AO1O345", 0.9));
    assertThat(settled.alertId()).isEqualTo(small);
    assertThat(settled.match()).isEqualTo(Match.CERTAIN);
    Candidate largeRead = onlyCandidate(new Read.Vehicle("沪B1O345F", 0.9));
    assertThat(largeRead.alertId()).isEqualTo(large);
    assertThat(largeRead.match()).isEqualTo(Match.CERTAIN);
  }

  @Test
  void aNewEnergyPlateIsNotAnOrdinaryOneWithTheSameStart() {
    listed(plate("苏AD10345"));

    assertThat(index.check(new Read.Vehicle("苏AD1034", 0.9))).isEmpty();
  }

  @Test
  void aMissingProvinceCharacterIsPossibleOnTheRest() {
    UUID alert = listed(plate("苏A12345"));

    Candidate hit = onlyCandidate(new Read.Vehicle("A12345", 0.9));

    assertThat(hit.alertId()).isEqualTo(alert);
    assertThat(hit.match()).isEqualTo(Match.POSSIBLE);
    assertThat(hit.reason().text()).isEqualTo("plate 苏A12345 read as A12345 (province character missing)");
  }

  @Test
  void anUnreadableOrAnotherProvinceCharacterIsPossibleOnTheRest() {
    listed(plate("苏A12345"));

    Candidate unreadable = onlyCandidate(new Read.Vehicle("茄A12345", 0.9));
    Candidate other = onlyCandidate(new Read.Vehicle("沪A12345", 0.9));
    Candidate sign = onlyCandidate(new Read.Vehicle("?A12345", 0.9));

    assertThat(List.of(unreadable.match(), other.match(), sign.match())).containsOnly(Match.POSSIBLE);
    assertThat(unreadable.reason().text()).contains("province character unreadable");
    assertThat(other.reason().text()).contains("province 沪 instead of 苏");
    assertThat(other.score()).isLessThan(unreadable.score());
  }

  @Test
  void aMissingProvinceWithALookAlikeIsStillFound() {
    UUID alert = listed(plate("苏A12345"));

    Candidate hit = onlyCandidate(new Read.Vehicle("A1Z345", 0.9));

    assertThat(hit.alertId()).isEqualTo(alert);
    assertThat(hit.reason().text()).isEqualTo("plate 苏A12345 read as A1Z345 (2↔Z, province character missing)");
  }

  @Test
  void aProvinceReadAsALatinCharacterIsTriedAsUnreadable() {
    UUID alert = listed(plate("苏A12345"));

    assertThat(onlyCandidate(new Read.Vehicle("JA12345", 0.9)).alertId()).isEqualTo(alert);
  }

  @Test
  void aNewEnergyPlateWithoutProvinceIsFound() {
    UUID alert = listed(plate("苏AD10345"));

    assertThat(onlyCandidate(new Read.Vehicle("AD10345", 0.9)).alertId()).isEqualTo(alert);
  }

  @Test
  void anExactReadTheCameraDoubtsIsOnlyPossible() {
    listed(plate("苏A12345"));

    Candidate hit = onlyCandidate(new Read.Vehicle("苏A12345", 0.3));

    assertThat(hit.match()).isEqualTo(Match.POSSIBLE);
    assertThat(hit.reason().text()).contains("camera confidence 0.3");
  }

  @Test
  void twoAlertsOnOnePlateAreBothCandidatesTheExactOneFirst() {
    UUID first = listed(plate("苏A12345"));
    UUID second = listed(plate("苏A12345"));
    UUID lookAlike = listed(plate("苏A1Z345"));

    List<Candidate> found = index.check(new Read.Vehicle("苏A12345", 0.9));

    assertThat(found).extracting(Candidate::alertId).containsExactlyInAnyOrder(first, second, lookAlike);
    assertThat(found.get(2).alertId()).isEqualTo(lookAlike);
  }

  @Test
  void aPlateThatIsNoPlateIsNoHit() {
    listed(plate("苏A12345"));

    assertThat(index.check(new Read.Vehicle("", 0.9))).isEmpty();
    assertThat(index.check(new Read.Vehicle("苏苏A12345", 0.9))).isEmpty();
    assertThat(index.check(new Read.Vehicle("苏A12345678", 0.9))).isEmpty();
  }

  @Test
  void aDocumentNumberIsFoundWithoutSpacesDashesOrCase() {
    UUID alert = listed(new AlertKey.Document("E1234-5678"));

    Candidate hit = onlyCandidate(new Read.Document(" e12345678 "));

    assertThat(hit.alertId()).isEqualTo(alert);
    assertThat(hit.match()).isEqualTo(Match.CERTAIN);
    assertThat(hit.on()).isEqualTo(AlertKey.Kind.DOCUMENT);
    assertThat(index.check(new Read.Document("E12345679"))).isEmpty();
  }

  @Test
  void aStolenIdCardIsHitWhenItsHolderNumberIsReadInEitherGeneration() {
    UUID alert = listed(new AlertKey.Document(ID_18));

    assertThat(onlyCandidate(Read.Person.byResidentId(ID_18)).on()).isEqualTo(AlertKey.Kind.DOCUMENT);
    assertThat(onlyCandidate(new Read.Document(ID_15)).alertId()).isEqualTo(alert);
  }

  @Test
  void aDocumentReadOfAWantedPersonsNumberHitsThePersonAlert() {
    UUID alert = listed(new AlertKey.ResidentId(ID_18));

    assertThat(onlyCandidate(new Read.Document(ID_18)).alertId()).isEqualTo(alert);
  }

  @Test
  void aNameThatSoundsAlikeWithTheSameBirthDateAndSexIsPossibleNeverCertain() {
    LocalDate born = LocalDate.of(1980, 1, 1);
    UUID alert = listed(new AlertKey.PersonDetails(name("张伟"), born, Gender.MALE));

    Candidate homophone = onlyCandidate(Read.Person.byDetails(name("章伟"), born, Gender.MALE));
    Candidate pinyin = onlyCandidate(Read.Person.byDetails(name("ZHANG WEI"), born, Gender.MALE));
    Candidate same = onlyCandidate(Read.Person.byDetails(name("张伟"), born, Gender.MALE));

    assertThat(List.of(homophone.alertId(), pinyin.alertId(), same.alertId())).containsOnly(alert);
    assertThat(List.of(homophone.match(), pinyin.match(), same.match())).containsOnly(Match.POSSIBLE);
    assertThat(homophone.reason().text()).isEqualTo("name 章伟 sounds like listed 张伟 (zhangwei), same birth date 1980-01-01 and sex");
    assertThat(same.score()).isGreaterThan(homophone.score());
  }

  @Test
  void anAliasIsMatchedLikeTheName() {
    LocalDate born = LocalDate.of(1975, 6, 30);
    UUID alert = listed(new AlertKey.ResidentId(ID_18), new AlertKey.PersonDetails(name("李明"), born, Gender.MALE), new AlertKey.PersonDetails(name("王强"), born, Gender.MALE));

    assertThat(onlyCandidate(Read.Person.byDetails(name("王强"), born, Gender.MALE)).alertId()).isEqualTo(alert);
  }

  @Test
  void anotherBirthDateOrSexIsNoHit() {
    LocalDate born = LocalDate.of(1980, 1, 1);
    listed(new AlertKey.PersonDetails(name("张伟"), born, Gender.MALE));

    assertThat(index.check(Read.Person.byDetails(name("张伟"), born.plusDays(1), Gender.MALE))).isEmpty();
    assertThat(index.check(Read.Person.byDetails(name("张伟"), born, Gender.FEMALE))).isEmpty();
    assertThat(index.check(Read.Person.byDetails(name("李伟"), born, Gender.MALE))).isEmpty();
  }

  @Test
  void aPersonReadWithIdAndDetailsGetsOneCandidatePerAlertTheCertainOne() {
    LocalDate born = LocalDate.of(1980, 1, 1);
    UUID alert = listed(new AlertKey.ResidentId(ID_18), new AlertKey.PersonDetails(name("张伟"), born, Gender.MALE));

    Candidate hit = onlyCandidate(new Read.Person(ID_18, name("张伟"), born, Gender.MALE));

    assertThat(hit.alertId()).isEqualTo(alert);
    assertThat(hit.match()).isEqualTo(Match.CERTAIN);
  }

  @Test
  void puttingAnAlertAgainReplacesItsKeys() {
    UUID alert = UUID.randomUUID();
    index.put(AlertKeys.of(alert, 1, plate("苏A12345")));

    index.put(AlertKeys.of(alert, 2, plate("苏B77777"), new AlertKey.ResidentId(ID_18)));

    assertThat(index.check(Read.Vehicle.of("苏A12345"))).isEmpty();
    assertThat(onlyCandidate(Read.Vehicle.of("苏B77777")).version()).isEqualTo(2);
    assertThat(onlyCandidate(Read.Person.byResidentId(ID_18)).alertId()).isEqualTo(alert);
    assertThat(index.alerts()).isEqualTo(1);
    assertThat(index.keys()).isEqualTo(2);
  }

  @Test
  void anOlderVersionArrivingLateIsIgnored() {
    UUID alert = UUID.randomUUID();
    index.put(AlertKeys.of(alert, 3, plate("苏A12345")));

    boolean held = index.put(AlertKeys.of(alert, 2, plate("苏B77777")));

    assertThat(held).isFalse();
    assertThat(onlyCandidate(Read.Vehicle.of("苏A12345")).version()).isEqualTo(3);
    assertThat(index.check(Read.Vehicle.of("苏B77777"))).isEmpty();
  }

  @Test
  void aRemovedAlertNoLongerHitsAndItsSlotIsReused() {
    UUID gone = listed(plate("苏A12345"), new AlertKey.ResidentId(ID_18));
    UUID kept = listed(plate("苏A12345"));

    assertThat(index.remove(gone)).isTrue();
    assertThat(index.remove(gone)).isFalse();
    UUID next = listed(plate("浙C55555"));

    assertThat(index.check(Read.Vehicle.of("苏A12345"))).extracting(Candidate::alertId).containsExactly(kept);
    assertThat(index.check(Read.Person.byResidentId(ID_18))).isEmpty();
    assertThat(onlyCandidate(Read.Vehicle.of("浙C55555")).alertId()).isEqualTo(next);
    assertThat(index.alerts()).isEqualTo(2);
    assertThat(index.keys()).isEqualTo(2);
  }

  @Test
  void keysThatAreNoIdentifiersAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AlertKey.ResidentId("12345")).isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AlertKey.Document(" - ")).isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Read.Vehicle("苏A12345", 1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  private static PersonName name(String text) {
    return PersonName.parse(text).orElseThrow();
  }
}
