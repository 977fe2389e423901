package cn.deltalink.fraudanalysis.internal.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code fraudanalysis_analysis} and {@code fraudanalysis_account_score} tables. */
@Repository
class Analyses {

  /** An analysis as the API shows it. */
  record Analysis(UUID id, UUID importId, String state, double progress, int threshold, @Nullable Integer accounts, @Nullable Long transactions, @Nullable Integer flagged,
      @Nullable String failure, @Nullable Long millis, @Nullable Long heapBytes, Instant startedAt, @Nullable Instant finishedAt) {}

  /** One account's score with its reasons (as stored JSON). */
  record Score(String account, int score, @Nullable String branchDivision, JsonNode reasons) {}

  private final JdbcTemplate jdbc;
  private final JsonMapper json;

  Analyses(JdbcTemplate jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void create(UUID id, UUID importId, int threshold, Object settings, String startedBy, Instant at) {
    jdbc.update("insert into fraudanalysis_analysis (id, import_id, state, threshold, settings, started_by, started_at) values (?, ?, 'waiting', ?, ?::jsonb, ?, ?)", id, importId, threshold,
        json.writeValueAsString(settings), startedBy, Timestamp.from(at));
  }

  void progress(UUID id, double progress) {
    jdbc.update("update fraudanalysis_analysis set state = 'running', progress = ? where id = ? and state in ('waiting', 'running')", progress, id);
  }

  void failed(UUID id, String failure, Instant at) {
    jdbc.update("update fraudanalysis_analysis set state = 'failed', failure = ?, finished_at = ? where id = ?", failure, Timestamp.from(at), id);
  }

  int abandonRunning(Instant at) {
    return jdbc.update("update fraudanalysis_analysis set state = 'failed', failure = 'the node stopped during the analysis', finished_at = ? where state in ('waiting', 'running')",
        Timestamp.from(at));
  }

  Optional<Analysis> find(UUID id) {
    return jdbc.query("select * from fraudanalysis_analysis where id = ?", (rs, n) -> read(rs), id).stream().findFirst();
  }

  List<Analysis> latest(int limit) {
    return jdbc.query("select * from fraudanalysis_analysis order by started_at desc limit ?", (rs, n) -> read(rs), limit);
  }

  Optional<UUID> latestDone() {
    return jdbc.query("select id from fraudanalysis_analysis where state = 'done' order by finished_at desc limit 1", (rs, n) -> rs.getObject(1, UUID.class)).stream().findFirst();
  }

  @Nullable JsonNode evaluation(UUID id) {
    return jdbc.query("select evaluation from fraudanalysis_analysis where id = ?", (rs, n) -> rs.getString(1) == null ? null : json.readTree(rs.getString(1)), id).stream()
        .findFirst().orElse(null);
  }

  JsonNode networks(UUID id) {
    return jdbc.query("select networks from fraudanalysis_analysis where id = ?", (rs, n) -> rs.getString(1) == null ? json.createArrayNode() : json.readTree(rs.getString(1)), id)
        .stream().findFirst().orElse(json.createArrayNode());
  }

  List<Score> scores(UUID id, int minScore, int limit) {
    return jdbc.query(
        "select account, score, branch_division, reasons from fraudanalysis_account_score where analysis_id = ? and score >= ? order by score desc, account limit ?",
        (rs, n) -> new Score(rs.getString(1), rs.getInt(2), rs.getString(3), json.readTree(rs.getString(4))), id, minScore, limit);
  }

  Optional<Score> score(UUID id, String account) {
    return jdbc.query("select account, score, branch_division, reasons from fraudanalysis_account_score where analysis_id = ? and account = ?",
        (rs, n) -> new Score(rs.getString(1), rs.getInt(2), rs.getString(3), json.readTree(rs.getString(4))), id, account).stream().findFirst();
  }

  private static Analysis read(ResultSet rs) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new Analysis(rs.getObject("id", UUID.class), rs.getObject("import_id", UUID.class), rs.getString("state"), rs.getDouble("progress"), rs.getInt("threshold"),
        (Integer) rs.getObject("accounts"), (Long) rs.getObject("transactions"), (Integer) rs.getObject("flagged"), rs.getString("failure"), (Long) rs.getObject("millis"),
        (Long) rs.getObject("heap_bytes"), rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
  }
}
