package cn.deltalink.casework.internal.pages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Times on the case pages, in Beijing time whatever the server's zone ({@code @caseTimes} in templates). */
@Component("caseTimes")
class CaseTimes {

  private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  public String show(@Nullable Instant time) {
    return time == null ? "—" : FORM.format(time);
  }
}
