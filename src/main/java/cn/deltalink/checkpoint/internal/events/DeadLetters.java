package cn.deltalink.checkpoint.internal.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code checkpoint_dead_letter} table: camera reads that could not be taken, with the reason. */
@Repository
public class DeadLetters {

  private final JdbcTemplate jdbc;

  DeadLetters(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void add(String topic, int partition, long offset, @Nullable String key, @Nullable String payload, String reason, Instant at) {
    jdbc.update(
        "insert into checkpoint_dead_letter (topic, kafka_partition, kafka_offset, record_key, payload, reason, at) values (?, ?, ?, ?, ?, ?, ?)",
        topic,
        partition,
        offset,
        key == null ? null : cut(key, 200),
        payload == null ? null : cut(payload.replace("\0", ""), 100_000),
        cut(reason, 1000),
        Timestamp.from(at));
  }

  public List<Map<String, Object>> latest(int limit) {
    return jdbc.queryForList("select id, topic, kafka_partition, kafka_offset, record_key, reason, at from checkpoint_dead_letter order by id desc limit ?", limit);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
