package cn.deltalink.access.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Searches the audit trail, newest first. */
@Repository
class AuditEntries {

  /** One page of a search; {@code hasMore} tells whether an older page exists. */
  record Found(List<AuditEntry> entries, int page, int size, boolean hasMore) {}

  private final JdbcClient jdbc;

  AuditEntries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Found search(AuditQuery query) {
    List<String> conditions = new ArrayList<>();
    conditions.add("id > 0");
    if (query.actor() != null) {
      conditions.add("actor = :actor");
    }
    if (query.action() != null) {
      conditions.add("(action = :action or action like :actionPrefix escape '\\')");
    }
    if (query.subject() != null) {
      conditions.add("subject ilike :subject escape '\\'");
    }
    if (query.purpose() != null) {
      conditions.add("purpose ilike :purpose escape '\\'");
    }
    if (query.from() != null) {
      conditions.add("at >= :from");
    }
    if (query.to() != null) {
      conditions.add("at < :to");
    }
    String sql =
        "select id, at, actor, agency_code, action, subject, purpose, outcome, client_ip from audit_entry where "
            + String.join(" and ", conditions)
            + " order by id desc limit :limit offset :offset";
    JdbcClient.StatementSpec statement = jdbc.sql(sql).param("limit", query.size() + 1).param("offset", (long) query.page() * query.size());
    if (query.actor() != null) {
      statement = statement.param("actor", query.actor());
    }
    if (query.action() != null) {
      statement = statement.param("action", query.action()).param("actionPrefix", literal(query.action()) + ".%");
    }
    if (query.subject() != null) {
      statement = statement.param("subject", "%" + literal(query.subject()) + "%");
    }
    if (query.purpose() != null) {
      statement = statement.param("purpose", "%" + literal(query.purpose()) + "%");
    }
    if (query.from() != null) {
      statement = statement.param("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
    }
    if (query.to() != null) {
      statement = statement.param("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
    }
    List<AuditEntry> rows = statement.query(AuditEntries::entry).list();
    boolean hasMore = rows.size() > query.size();
    return new Found(hasMore ? rows.subList(0, query.size()) : rows, query.page(), query.size(), hasMore);
  }

  /** Text searched for as itself: LIKE's wildcards and escape character lose their meaning. */
  private static String literal(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** Maps the entry columns of an {@code audit_entry} row (also used by the chain verification). */
  static AuditEntry entry(ResultSet rs, int n) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("agency_code"),
        rs.getString("action"),
        rs.getString("subject"),
        rs.getString("purpose"),
        rs.getString("outcome"),
        rs.getString("client_ip"));
  }
}
