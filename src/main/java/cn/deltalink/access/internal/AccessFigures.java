package cn.deltalink.access.internal;

import cn.deltalink.access.AccessWatch;
import cn.deltalink.access.AuditOutcome;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts for {@link AccessWatch}, read from the officer table and the audit trail. */
@Component
class AccessFigures implements AccessWatch {

  private final JdbcClient jdbc;

  AccessFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long lockedAccounts() {
    return jdbc.sql("select count(*) from officer where locked_until > now()").query(Long.class).single();
  }

  @Override
  public long refusalsSince(Instant since) {
    return jdbc.sql("select count(*) from audit_entry where outcome_kind = :denied and at > :since")
        .param("denied", AuditOutcome.Kind.DENIED.word())
        .param("since", Timestamp.from(since))
        .query(Long.class)
        .single();
  }
}
