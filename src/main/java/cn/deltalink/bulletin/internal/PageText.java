package cn.deltalink.bulletin.internal;

import cn.deltalink.region.Agencies;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Agency names and times as the bulletin pages show them ({@code ${@bulletinText.agency(code)}}). */
@Component("bulletinText")
class PageText {

  /** Every node of the region keeps China Standard Time, whatever the server's own zone. */
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  private final Agencies agencies;

  PageText(Agencies agencies) {
    this.agencies = agencies;
  }

  /** The agency's name in the page's language, or its code when the region data does not know it. */
  public String agency(@Nullable String code) {
    if (code == null) {
      return "";
    }
    boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
    return agencies.find(code).map(a -> english ? a.nameEn() : a.nameZh()).orElse(code);
  }

  public String time(@Nullable Instant at) {
    return at == null ? "" : TIME.format(at);
  }
}
