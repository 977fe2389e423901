package cn.deltalink.access.internal;

import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes audit entries to {@code audit_entry}. */
@Component
class RecordedAuditTrail implements AuditTrail {

  private final JdbcClient jdbc;
  private final CurrentOfficer current;

  RecordedAuditTrail(JdbcClient jdbc, CurrentOfficer current) {
    this.jdbc = jdbc;
    this.current = current;
  }

  @Override
  public void record(String action, String subject, String purpose, String outcome) {
    var officer = current.get();
    jdbc.sql("insert into audit_entry (actor, agency_code, action, subject, purpose, outcome) values (:actor, :agency, :action, :subject, :purpose, :outcome)")
        .param("actor", officer.map(CurrentOfficer.Officer::username).orElse("anonymous"))
        .param("agency", officer.map(CurrentOfficer.Officer::agencyCode).orElse(null))
        .param("action", action)
        .param("subject", truncate(subject, 512))
        .param("purpose", truncate(purpose, 512))
        .param("outcome", truncate(outcome, 128))
        .update();
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
