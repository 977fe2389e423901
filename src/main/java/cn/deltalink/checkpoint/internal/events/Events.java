package cn.deltalink.checkpoint.internal.events;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code checkpoint_event} table. A batch is stored with statements over arrays, not a statement
 * per row (ADR 014's "statements, not rows"); the ids it answers are the events that were new, the
 * others were held already.
 */
@Repository
public class Events {

  private static final String INSERT =
      """
      insert into checkpoint_event (checkpoint_code, event_id, kind, at, lane, direction, resident_id, person_name, plate, plate_confidence, camera, source, stored_at)
      select ?, u.id, u.kind, u.at, u.lane, u.direction, u.resident_id, u.person_name, u.plate, u.confidence, u.camera, ?, ?
        from unnest(?::varchar[], ?::varchar[], ?::timestamptz[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::real[], ?::varchar[])
             as u(id, kind, at, lane, direction, resident_id, person_name, plate, confidence, camera)
      """;

  private static final String UNIQUE_VIOLATION = "23505";

  private final JdbcTemplate jdbc;

  Events(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores the events (all of one checkpoint, distinct ids) and answers the ids that were not held
   * yet. Inside a transaction, the ids already held are looked up first and only the others are
   * inserted: under a steady feed this costs PostgreSQL a third less per event than {@code on conflict
   * do nothing}, whose speculative insertion guards every row against a duplicate that almost never
   * comes. Should another transaction store one of them in between (a resend racing its original),
   * the insert is undone to a savepoint and made again skipping what is held.
   */
  public Set<String> store(String checkpointCode, List<PassingEvent> events, String source, Instant storedAt) {
    if (events.isEmpty()) {
      return new HashSet<>();
    }
    Set<String> stored = jdbc.execute((Connection c) -> {
      if (c.getAutoCommit()) {
        return insertSkippingHeld(c, checkpointCode, events, source, storedAt);
      }
      Set<String> held = held(c, checkpointCode, events);
      List<PassingEvent> fresh = held.isEmpty() ? events : events.stream().filter(e -> !held.contains(e.id())).toList();
      if (fresh.isEmpty()) {
        return new HashSet<String>();
      }
      Savepoint beforeInsert = c.setSavepoint();
      try (PreparedStatement insert = prepare(c, INSERT, checkpointCode, fresh, source, storedAt)) {
        insert.executeUpdate();
        c.releaseSavepoint(beforeInsert);
        Set<String> ids = new HashSet<>();
        fresh.forEach(e -> ids.add(e.id()));
        return ids;
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
        c.rollback(beforeInsert);
        return insertSkippingHeld(c, checkpointCode, fresh, source, storedAt);
      }
    });
    return stored == null ? new HashSet<>() : stored;
  }

  private static Set<String> held(Connection c, String checkpointCode, List<PassingEvent> events) throws SQLException {
    String[] ids = new String[events.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = events.get(i).id();
    }
    Set<String> held = new HashSet<>();
    // one look-up of the primary key per id, whatever the table's statistics say (the limit keeps the
    // planner from turning it into a join): "event_id = any(ids)" had been planned as "all the
    // checkpoint's rows, filtered by id" until the table was first analysed, and a fresh node's
    // batches took longer with every batch stored
    try (PreparedStatement ps = c.prepareStatement(
        """
        select e.event_id
          from unnest(?::varchar[]) as u(id)
               cross join lateral (select event_id from checkpoint_event where checkpoint_code = ? and event_id = u.id limit 1) as e
        """)) {
      ps.setArray(1, c.createArrayOf("varchar", ids));
      ps.setString(2, checkpointCode);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          held.add(rs.getString(1));
        }
      }
    }
    return held;
  }

  private static Set<String> insertSkippingHeld(Connection c, String checkpointCode, List<PassingEvent> events, String source, Instant storedAt) throws SQLException {
    Set<String> stored = new HashSet<>();
    try (PreparedStatement ps = prepare(c, INSERT + " on conflict (checkpoint_code, event_id) do nothing returning event_id", checkpointCode, events, source, storedAt);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        stored.add(rs.getString(1));
      }
    }
    return stored;
  }

  private static PreparedStatement prepare(Connection c, String sql, String checkpointCode, List<PassingEvent> events, String source, Instant storedAt) throws SQLException {
    int n = events.size();
    String[] ids = new String[n];
    String[] kinds = new String[n];
    Timestamp[] ats = new Timestamp[n];
    String[] lanes = new String[n];
    String[] directions = new String[n];
    String[] residentIds = new String[n];
    String[] names = new String[n];
    String[] plates = new String[n];
    Float[] confidences = new Float[n];
    String[] cameras = new String[n];
    for (int i = 0; i < n; i++) {
      PassingEvent e = events.get(i);
      ids[i] = e.id();
      kinds[i] = e.kind().slug();
      ats[i] = Timestamp.from(e.at());
      lanes[i] = e.lane();
      directions[i] = e.direction();
      residentIds[i] = e.residentId();
      names[i] = e.name() == null ? null : e.name().value();
      plates[i] = e.plate();
      confidences[i] = e.plate() == null ? null : (float) e.plateConfidence();
      cameras[i] = e.camera();
    }
    PreparedStatement ps = c.prepareStatement(sql);
    ps.setString(1, checkpointCode);
    ps.setString(2, source);
    ps.setTimestamp(3, Timestamp.from(storedAt));
    Array[] arrays = {
      c.createArrayOf("varchar", ids),
      c.createArrayOf("varchar", kinds),
      c.createArrayOf("timestamptz", ats),
      c.createArrayOf("varchar", lanes),
      c.createArrayOf("varchar", directions),
      c.createArrayOf("varchar", residentIds),
      c.createArrayOf("varchar", names),
      c.createArrayOf("varchar", plates),
      c.createArrayOf("float4", confidences),
      c.createArrayOf("varchar", cameras)
    };
    for (int i = 0; i < arrays.length; i++) {
      ps.setArray(4 + i, arrays[i]);
    }
    return ps;
  }

  /** Deletes events stored before the instant; answers how many. */
  public int deleteStoredBefore(Instant cutoff) {
    return jdbc.update("delete from checkpoint_event where stored_at < ?", Timestamp.from(cutoff));
  }

  /** How many events each checkpoint stored since the instant, for the statistics. */
  public long countSince(Instant since) {
    Long count = jdbc.queryForObject("select count(*) from checkpoint_event where stored_at >= ?", Long.class, Timestamp.from(since));
    return count == null ? 0 : count;
  }
}
