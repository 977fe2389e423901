package cn.deltalink.exchange.internal.log;

import cn.deltalink.exchange.internal.core.CanonicalText;
import cn.deltalink.exchange.internal.core.Sm3;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The hash of one message-log entry: SM3 over its canonical text, which includes the previous
 * entry's hash. Sealing and verifying both read the row from the database and hash it here, so the
 * two cannot drift apart.
 */
record LogChain(long seq, Instant loggedAt, String kind, @Nullable String messageId, @Nullable String peer, @Nullable String type, @Nullable String digest, @Nullable String signature,
    @Nullable String reference, @Nullable String detail) {

  static final String GENESIS = "0".repeat(64);
  static final String COLUMNS = "seq, logged_at, kind, message_id, peer, type, digest, signature, reference, detail";

  static LogChain of(ResultSet rs) throws SQLException {
    return new LogChain(
        rs.getLong("seq"),
        rs.getObject("logged_at", OffsetDateTime.class).toInstant(),
        rs.getString("kind"),
        rs.getString("message_id"),
        rs.getString("peer"),
        rs.getString("type"),
        rs.getString("digest"),
        rs.getString("signature"),
        rs.getString("reference"),
        rs.getString("detail"));
  }

  String hash(long chainPos, String prevHash) {
    return Sm3.hex(
        new CanonicalText("DELTALINK-LOG/1")
            .field("chainPos", Long.toString(chainPos))
            .field("seq", Long.toString(seq))
            .field("loggedAt", loggedAt.toString())
            .field("kind", kind)
            .field("messageId", text(messageId))
            .field("peer", text(peer))
            .field("type", text(type))
            .field("digest", text(digest))
            .field("signature", text(signature))
            .field("reference", text(reference))
            .field("detail", text(detail))
            .field("prevHash", prevHash)
            .bytes());
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }
}
