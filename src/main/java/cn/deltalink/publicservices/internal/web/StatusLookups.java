package cn.deltalink.publicservices.internal.web;

import cn.deltalink.platform.RequestRefused;
import cn.deltalink.publicservices.internal.application.Application;
import cn.deltalink.publicservices.internal.application.Applications;
import cn.deltalink.publicservices.internal.application.ServiceClock;
import cn.deltalink.publicservices.internal.application.TrackingNumber;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public status look-up (no login): the tracking number and the last four characters of the
 * applicant's ID number. A wrong pair is answered like an unknown number, and an address gets a few
 * wrong pairs per quarter hour, as logins do, so that numbers cannot be tried in bulk.
 */
@Component
class StatusLookups {

  static final int MAX_MISSES = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** 429: too many wrong look-ups from this address. */
  static final class TooManyLookups extends RequestRefused {
    TooManyLookups() {
      super(HttpStatus.TOO_MANY_REQUESTS, "Too many wrong look-ups from this address: try again in " + WINDOW.toMinutes() + " minutes");
    }
  }

  private final Applications applications;
  private final JdbcTemplate jdbc;
  private final ServiceClock clock;

  StatusLookups(Applications applications, JdbcTemplate jdbc, ServiceClock clock) {
    this.applications = applications;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  Application find(String address, @Nullable String trackingNumber, @Nullable String idLast4) {
    Instant now = clock.now();
    Integer misses = jdbc.queryForObject("select count(*) from service_status_attempt where address = ? and at > ?", Integer.class, address, Timestamp.from(now.minus(WINDOW)));
    if (misses != null && misses >= MAX_MISSES) {
      throw new TooManyLookups();
    }
    if (idLast4 == null || !idLast4.strip().matches("[0-9]{3}[0-9Xx]")) {
      throw RequestRefused.invalid("idLast4: the last four characters of the applicant's ID number");
    }
    Application found = trackingNumber != null && TrackingNumber.isWellFormed(trackingNumber.strip().toUpperCase(java.util.Locale.ROOT))
        ? applications.find(new TrackingNumber(trackingNumber.strip().toUpperCase(java.util.Locale.ROOT))).orElse(null)
        : null;
    if (found == null || !found.applicant().lastFourAre(idLast4)) {
      jdbc.update("delete from service_status_attempt where at < ?", Timestamp.from(now.minus(WINDOW)));
      jdbc.update("insert into service_status_attempt (address, at) values (?, ?)", address, Timestamp.from(now));
      throw RequestRefused.notFound("No application with this tracking number and these last four characters of the ID number");
    }
    return found;
  }
}
