package cn.deltalink.exchange.internal.log;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The message log as evidence (消息日志): appends one row per message sent or received, receipt,
 * refusal and query, in the caller's transaction. Rows carry digests, signatures and a reference to
 * where the full object is kept, never payloads. Appending takes no lock and computes no hash: the
 * {@link LogSealer} chains rows afterwards (ADR 011), so that logging never slows traffic down.
 */
@Component
public class MessageLog {

  public enum Kind {
    SENT,
    RECEIVED,
    REFUSED,
    RECEIPT_ISSUED,
    RECEIPT_RECEIVED,
    QUERY_SENT,
    QUERY_RECEIVED,
    ANSWER_SENT,
    ANSWER_RECEIVED
  }

  /** One log row as appended; the chain columns are filled by the sealer. */
  public record Entry(Kind kind, @Nullable UUID messageId, @Nullable String peer, @Nullable String type, @Nullable String digest, @Nullable String signature, @Nullable String reference, @Nullable String detail) {}

  private static final String INSERT = "insert into exchange_log (kind, message_id, peer, type, digest, signature, reference, detail) values (?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_ALL =
      """
      insert into exchange_log (kind, message_id, peer, type, digest, signature, reference, detail)
      select e.kind, cast(e.message_id as uuid), e.peer, e.type, e.digest, e.signature, e.reference, e.detail
      from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
        with ordinality as e(kind, message_id, peer, type, digest, signature, reference, detail, n)
      order by e.n
      """;

  private final JdbcTemplate jdbc;

  MessageLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void append(Entry entry) {
    jdbc.update(INSERT, values(entry));
  }

  /** Appends the entries in one statement (one array per column), in their order. */
  public void appendAll(List<Entry> entries) {
    if (!entries.isEmpty()) {
      String[][] columns = new String[8][entries.size()];
      for (int i = 0; i < entries.size(); i++) {
        Object[] values = values(entries.get(i));
        for (int c = 0; c < 8; c++) {
          columns[c][i] = values[c] == null ? null : values[c].toString();
        }
      }
      jdbc.update(INSERT_ALL, (Object[]) columns);
    }
  }

  private static Object[] values(Entry e) {
    return new Object[] {e.kind().name(), e.messageId(), e.peer(), e.type(), e.digest(), e.signature(), e.reference(), e.detail() == null ? null : clip(e.detail())};
  }

  public static String clip(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
  }
}
