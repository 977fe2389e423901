package cn.deltalink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

class RefusalTextsTest {

  private final RefusalTexts bulletin = new RefusalTexts("i18n/bulletin");
  private final ResourceBundleMessageSource pages = pages();

  @Test
  void aKeyedRefusalsMessageIsItsEnglishText() {
    RequestRefused refused = bulletin.forbidden("bulletin.refused.forward.handling", "H2");

    assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getMessage()).isEqualTo("H2: no onward sharing without the sender's permission.");
  }

  @Test
  void aKeyedRefusalIsRenderedInThePagesLanguageWithItsTermsTranslated() {
    RequestRefused refused = bulletin.invalid("bulletin.refused.text.tooLong", RefusalTexts.term("bulletin.refused.field.body", "body"), 20_001, 20_000);

    assertThat(refused.getMessage()).isEqualTo("body has 20001 characters; at most 20000 are allowed.");
    assertThat(refused.in(pages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("正文有 20001 个字符，最多允许 20000 个。");
    assertThat(refused.in(pages, Locale.ENGLISH)).isEqualTo(refused.getMessage());
  }

  @Test
  void aRefusalWithoutAKeyKeepsItsMessageInEveryLanguage() {
    assertThat(RequestRefused.conflict("plain text").in(pages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("plain text");
  }

  @Test
  void anUnknownTermFallsBackToItsName() {
    RequestRefused refused = bulletin.invalid("bulletin.refused.text.nul", RefusalTexts.term("bulletin.refused.field.nothing", "senderName"));

    assertThat(refused.in(pages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("senderName含有 NUL 字符。");
  }

  private static ResourceBundleMessageSource pages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/bulletin");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
