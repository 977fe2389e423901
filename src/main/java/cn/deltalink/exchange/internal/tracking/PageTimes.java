package cn.deltalink.exchange.internal.tracking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Times on the tracking page, in China Standard Time whatever the server's zone (public for the template engine). */
public final class PageTimes {

  private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  public String show(@Nullable Instant time) {
    return time == null ? "—" : FORM.format(time);
  }
}
