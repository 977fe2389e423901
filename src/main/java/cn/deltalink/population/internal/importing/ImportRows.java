package cn.deltalink.population.internal.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import tables: each import's progress and its refused rows. */
@Repository
class ImportRows {

  record Import(UUID id, String fileName, String startedBy, Instant startedAt, @Nullable Instant finishedAt, int totalRows, int doneRows, int imported, int refused, String mapping) {}

  record RowError(int line, String message) {}

  /** The most refused rows kept per import; the count goes on. */
  static final int MAX_ERRORS = 1000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ImportRows(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  void insert(Import i) {
    jdbc.sql("insert into population_import (id, file_name, started_by, started_at, total_rows, mapping) values (:id, :file, :by, :at, :total, :mapping)")
        .param("id", i.id())
        .param("file", i.fileName())
        .param("by", i.startedBy())
        .param("at", Timestamp.from(i.startedAt()))
        .param("total", i.totalRows())
        .param("mapping", i.mapping())
        .update();
  }

  void progress(UUID id, int done, int imported, int refused, List<RowError> errors) {
    jdbc.sql("update population_import set done_rows = done_rows + :done, imported = imported + :imported, refused = refused + :refused where id = :id")
        .param("done", done)
        .param("imported", imported)
        .param("refused", refused)
        .param("id", id)
        .update();
    int kept = jdbc.sql("select count(*) from population_import_error where import_id = :id").param("id", id).query(Integer.class).single();
    List<Object[]> rows = new ArrayList<>();
    for (RowError e : errors.subList(0, Math.max(0, Math.min(errors.size(), MAX_ERRORS - kept)))) {
      rows.add(new Object[] {id, e.line(), e.message().length() > 300 ? e.message().substring(0, 300) : e.message()});
    }
    template.batchUpdate("insert into population_import_error (import_id, line, message) values (?, ?, ?) on conflict do nothing", rows);
  }

  void finish(UUID id, Instant at) {
    jdbc.sql("update population_import set finished_at = :at where id = :id").param("at", Timestamp.from(at)).param("id", id).update();
  }

  Optional<Import> find(UUID id) {
    return jdbc.sql("select * from population_import where id = :id")
        .param("id", id)
        .query((rs, n) -> new Import(
            rs.getObject("id", UUID.class),
            rs.getString("file_name"),
            rs.getString("started_by"),
            rs.getTimestamp("started_at").toInstant(),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
            rs.getInt("total_rows"),
            rs.getInt("done_rows"),
            rs.getInt("imported"),
            rs.getInt("refused"),
            rs.getString("mapping")))
        .optional();
  }

  List<RowError> errors(UUID id, int limit) {
    return jdbc.sql("select line, message from population_import_error where import_id = :id order by line limit :limit")
        .param("id", id)
        .param("limit", limit)
        .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2)))
        .list();
  }

  List<Import> latest(int limit) {
    return jdbc.sql("select id from population_import order by started_at desc limit :limit").param("limit", limit).query(UUID.class).list().stream().map(this::find).flatMap(Optional::stream).toList();
  }
}
