package cn.deltalink.access.internal.audit;

import cn.deltalink.access.AuditOutcome;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one statement that appends an entry to the trail, for the officers' actions and for the
 * operator's restart alike: a column added to {@code audit_entry} is then written by both.
 */
final class AuditEntryRows {

  private AuditEntryRows() {}

  static void insert(JdbcClient jdbc, AuditEntry entry, AuditOutcome.Kind kind, String hash) {
    jdbc.sql(
            """
            insert into audit_entry (id, at, actor, agency_code, action, subject, purpose, outcome, outcome_kind, client_ip, hash)
            values (:id, :at, :actor, :agency, :action, :subject, :purpose, :outcome, :kind, :ip, :hash)
            """)
        .param("id", entry.seq())
        .param("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
        .param("actor", entry.actor())
        .param("agency", entry.agencyCode())
        .param("action", entry.action())
        .param("subject", entry.subject())
        .param("purpose", entry.purpose())
        .param("outcome", entry.outcome())
        .param("kind", kind.word())
        .param("ip", entry.clientIp())
        .param("hash", hash)
        .update();
  }
}
