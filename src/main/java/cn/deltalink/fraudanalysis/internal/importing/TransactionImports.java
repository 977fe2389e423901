package cn.deltalink.fraudanalysis.internal.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code fraudanalysis_import} table: one row per file, its state and progress. */
@Repository
public class TransactionImports {

  /** A row refused, by its record number in the file (the header is record 1). */
  public record RowError(long row, String field, String message) {}

  /** One import as the API shows it. */
  public record Import(UUID id, String fileName, String state, long rows, long bytes, long bytesRead, boolean labelled, long errorCount, List<RowError> errors, @Nullable String failure,
      String startedBy, Instant startedAt, @Nullable Instant finishedAt) {

    /** How far the file has been read, 0 to 1. */
    public double progress() {
      return state.equals("done") ? 1 : bytes == 0 ? 0 : Math.min(1, (double) bytesRead / bytes);
    }
  }

  private final JdbcTemplate jdbc;
  private final JsonMapper json;

  TransactionImports(JdbcTemplate jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void create(UUID id, String fileName, ColumnMapping mapping, long bytes, String startedBy, Instant at) {
    jdbc.update("insert into fraudanalysis_import (id, file_name, mapping, state, bytes, labelled, started_by, started_at) values (?, ?, ?::jsonb, 'waiting', ?, ?, ?, ?)", id, fileName,
        json.writeValueAsString(mapping.columns()), bytes, mapping.labelled(), startedBy, Timestamp.from(at));
  }

  void progress(UUID id, long bytesRead, long rows) {
    jdbc.update("update fraudanalysis_import set state = 'running', bytes_read = ?, rows = ? where id = ? and state in ('waiting', 'running')", bytesRead, rows, id);
  }

  void failed(UUID id, long rows, long errorCount, List<RowError> errors, @Nullable String failure, Instant at) {
    jdbc.update("update fraudanalysis_import set state = 'failed', rows = ?, error_count = ?, errors = ?::jsonb, failure = ?, finished_at = ? where id = ?", rows, errorCount,
        json.writeValueAsString(errors), failure, Timestamp.from(at), id);
  }

  /** Marks imports that were running when the node stopped as failed: their rows were rolled back. */
  int abandonRunning(Instant at) {
    return jdbc.update("update fraudanalysis_import set state = 'failed', failure = 'the node stopped during the import; nothing was kept', finished_at = ? where state in ('waiting', 'running')",
        Timestamp.from(at));
  }

  public Optional<Import> find(UUID id) {
    return jdbc.query("select * from fraudanalysis_import where id = ?", (rs, n) -> read(rs), id).stream().findFirst();
  }

  public List<Import> latest(int limit) {
    return jdbc.query("select * from fraudanalysis_import order by started_at desc limit ?", (rs, n) -> read(rs), limit);
  }

  private Import read(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    List<RowError> errors = List.of(json.readValue(rs.getString("errors"), RowError[].class));
    return new Import(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("state"), rs.getLong("rows"), rs.getLong("bytes"), rs.getLong("bytes_read"),
        rs.getBoolean("labelled"), rs.getLong("error_count"), errors, rs.getString("failure"), rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
        finished == null ? null : finished.toInstant());
  }
}
