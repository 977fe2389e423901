package cn.deltalink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

  private static PersonName name(String raw) {
    return PersonName.parse(raw).orElseThrow();
  }

  private static Rejection rejectionOf(String raw) {
    return PersonName.parse(raw).rejection().orElseThrow();
  }

  @Test
  void aHanNameHasTonelessPinyinAndInitials() {
    PersonName name = name("张伟");

    assertThat(name.pinyin()).isEqualTo("zhang wei");
    assertThat(name.initials()).isEqualTo("zw");
    assertThat(name.script()).isEqualTo(PersonName.Script.HAN);
  }

  @Test
  void homophonesShareTheirKey() {
    assertThat(name("张伟").homophoneKey()).isEqualTo("zhangwei").isEqualTo(name("章伟").homophoneKey());
    assertThat(name("张伟").soundsLike(name("章伟"))).isTrue();
  }

  @Test
  void namesOfDifferentSoundDoNotShareAKey() {
    assertThat(name("张伟").soundsLike(name("王伟"))).isFalse();
  }

  @Test
  void aPinyinSpellingInCapitalsSoundsLikeTheHanName() {
    PersonName latin = name("Zhang Wei");

    assertThat(latin.value()).isEqualTo("ZHANG WEI");
    assertThat(latin.script()).isEqualTo(PersonName.Script.LATIN);
    assertThat(latin.homophoneKey()).isEqualTo("zhangwei");
    assertThat(latin.soundsLike(name("张伟"))).isTrue();
  }

  @Test
  void aPolyphonicCharacterGivesEveryReadingAsAKey() {
    assertThat(name("李重阳").pinyinKeys()).contains("lizhongyang", "lichongyang");
  }

  @Test
  void aPolyphonicSurnameIsReadAsASurnameFirst() {
    assertThat(name("曾伟").pinyin()).isEqualTo("zeng wei");
    assertThat(name("单雄信").pinyin()).isEqualTo("shan xiong xin");
    assertThat(name("曾伟").pinyinKeys()).contains("cengwei");
  }

  @Test
  void pinyinKeysAreBounded() {
    assertThat(name("和和和和和和和和").pinyinKeys()).hasSizeLessThanOrEqualTo(16);
  }

  @Test
  void aCompoundSurnameIsGuessed() {
    assertThat(name("欧阳修").surname()).contains("欧阳");
    assertThat(name("司马光").surname()).contains("司马");
    assertThat(name("诸葛亮").surname()).contains("诸葛");
  }

  @Test
  void aSingleSurnameIsTheFirstCharacter() {
    assertThat(name("王小明").surname()).contains("王");
  }

  @Test
  void aNameWithTheMiddleDotIsValidAndHasNoSurnameGuess() {
    PersonName name = name("买买提·艾力");

    assertThat(name.surname()).isEmpty();
    assertThat(name.pinyin()).isEqualTo("mai mai ti ai li");
  }

  @Test
  void aFullStopOrABulletBetweenPartsBecomesTheMiddleDot() {
    assertThat(name("买买提.艾力").value()).isEqualTo("买买提·艾力");
    assertThat(name("买买提•艾力").value()).isEqualTo("买买提·艾力");
  }

  @Test
  void spacesInsideAHanNameAreDropped() {
    assertThat(name(" 张 伟 ").value()).isEqualTo("张伟");
  }

  @Test
  void aForeignNameInLatinLettersIsValid() {
    PersonName name = name("Jean-Luc O'Neill");

    assertThat(name.value()).isEqualTo("JEAN-LUC O'NEILL");
    assertThat(name.pinyin()).isEqualTo("jean luc oneill");
    assertThat(name.surname()).isEmpty();
  }

  @Test
  void accentsAreIgnoredInTheKeys() {
    assertThat(name("José Núñez").homophoneKey()).isEqualTo("josenunez");
  }

  @Test
  void aSingleCharacterIsNotAName() {
    assertThat(rejectionOf("张").rule()).isEqualTo("name.length");
  }

  @Test
  void twentyOneHanCharactersAreTooMany() {
    assertThat(rejectionOf("张".repeat(21)).rule()).isEqualTo("name.length");
  }

  @Test
  void mixingHanAndLatinIsRejected() {
    assertThat(rejectionOf("张David").rule()).isEqualTo("name.mixed-script");
  }

  @Test
  void digitsAreRejectedNamingTheCharacter() {
    Rejection rejection = rejectionOf("张伟2");

    assertThat(rejection.rule()).isEqualTo("name.characters");
    assertThat(rejection.arguments()).containsExactly("2");
  }

  @Test
  void aScriptFragmentIsRejected() {
    assertThat(rejectionOf("<script>alert(1)</script>").rule()).isEqualTo("name.characters");
  }

  @Test
  void aMiddleDotAtTheEndIsRejected() {
    assertThat(rejectionOf("买买提·").rule()).isEqualTo("name.dot");
  }

  @Test
  void maskingKeepsTheFirstCharacter() {
    assertThat(name("欧阳修").masked()).isEqualTo("欧**");
    assertThat(name("Zhang Wei").masked()).isEqualTo("Z**** W**");
  }
}
