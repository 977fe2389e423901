package cn.deltalink.checkpoint.internal.stations;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code checkpoint} and {@code checkpoint_officer} tables. */
@Repository
public class Checkpoints {

  private static final RowMapper<Checkpoint> ROW =
      (rs, n) -> new Checkpoint(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getString("division_code"), rs.getInt("lanes"));

  private final JdbcTemplate jdbc;

  Checkpoints(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Checkpoint> all() {
    return jdbc.query("select * from checkpoint order by code", ROW);
  }

  public Optional<Checkpoint> find(String code) {
    return jdbc.query("select * from checkpoint where code = ?", ROW, code).stream().findFirst();
  }

  /** Adds the checkpoint unless it is there already (its lanes may have been changed since). */
  public void addIfAbsent(Checkpoint checkpoint) {
    jdbc.update(
        "insert into checkpoint (code, name_zh, name_en, division_code, lanes) values (?, ?, ?, ?, ?) on conflict (code) do nothing",
        checkpoint.code(),
        checkpoint.nameZh(),
        checkpoint.nameEn(),
        checkpoint.divisionCode(),
        checkpoint.lanes());
  }

  /** The checkpoint the officer works at, if assigned to one. */
  public Optional<String> of(String username) {
    return jdbc.queryForList("select checkpoint_code from checkpoint_officer where username = ?", String.class, username).stream().findFirst();
  }

  public void assign(String username, String code) {
    jdbc.update(
        "insert into checkpoint_officer (username, checkpoint_code) values (?, ?) on conflict (username) do update set checkpoint_code = excluded.checkpoint_code",
        username,
        code);
  }
}
