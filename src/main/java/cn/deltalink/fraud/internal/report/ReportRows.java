package cn.deltalink.fraud.internal.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The victim reports taken at this node. Lists of values are kept one per line: none can hold a line break. */
@Repository
public class ReportRows {

  private static final String COLUMNS = "id, amount, paid_at, channel, payee_accounts, phones, urls, victim_division, description, reporting_agency, reported_by, reported_at";

  private final JdbcClient jdbc;

  ReportRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(VictimReport r) {
    jdbc.sql("insert into fraud_report (" + COLUMNS + ") values (:id, :amount, :paidAt, :channel, :payees, :phones, :urls, :division, :description, :agency, :by, :at)")
        .param("id", r.id())
        .param("amount", r.amount())
        .param("paidAt", r.paidAt().atOffset(ZoneOffset.UTC))
        .param("channel", r.channel().slug())
        .param("payees", String.join("\n", r.payeeAccounts()))
        .param("phones", String.join("\n", r.phones()))
        .param("urls", String.join("\n", r.urls()))
        .param("division", r.victimDivision())
        .param("description", r.description())
        .param("agency", r.reportingAgency())
        .param("by", r.reportedBy())
        .param("at", r.reportedAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  public Optional<VictimReport> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from fraud_report where id = ?").param(id).query(ReportRows::report).optional();
  }

  public List<VictimReport> list(int limit) {
    return jdbc.sql("select " + COLUMNS + " from fraud_report order by reported_at desc, id limit ?").param(limit).query(ReportRows::report).list();
  }

  public long count() {
    return jdbc.sql("select count(*) from fraud_report").query(Long.class).single();
  }

  private static VictimReport report(ResultSet rs, int n) throws SQLException {
    return new VictimReport(
        rs.getObject("id", UUID.class),
        rs.getBigDecimal("amount"),
        rs.getObject("paid_at", OffsetDateTime.class).toInstant(),
        VictimReport.Channel.parse(rs.getString("channel")).orElseThrow(),
        lines(rs.getString("payee_accounts")),
        lines(rs.getString("phones")),
        lines(rs.getString("urls")),
        rs.getString("victim_division"),
        rs.getString("description"),
        rs.getString("reporting_agency"),
        rs.getString("reported_by"),
        rs.getObject("reported_at", OffsetDateTime.class).toInstant());
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }
}
