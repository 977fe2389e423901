package cn.deltalink.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Instants to and from SQL timestamps, the one conversion every table of case work needs. */
public final class Rows {

  private Rows() {}

  public static @Nullable Timestamp ts(@Nullable Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  public static Instant required(ResultSet rs, String column) throws SQLException {
    return rs.getTimestamp(column).toInstant();
  }
}
