package cn.deltalink.fraudanalysis.internal.importing;

import cn.deltalink.platform.IsoInstants;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Rows written to a running {@code COPY ... FROM STDIN} in PostgreSQL's text format, through a buffer
 * of its own so that the driver is called once per 256 KiB rather than once per row.
 */
final class CopyRows {

  /** The import's own table (its partition, whose import id is the column's default), frozen as it is written: nothing reads it before its transaction ends. */
  static String copyInto(String rowsTable) {
    return "copy " + rowsTable + " (row_no, source, target, amount_cents, at, cash, laundering, typology, branch_division, target_branch_division, bank, device, ip, phone)"
        + " from stdin with (freeze)";
  }

  private final CopyIn copy;
  private final StringBuilder line = new StringBuilder(256);
  private byte[] buffer = new byte[1 << 18];
  private int used;

  CopyRows(CopyIn copy) {
    this.copy = copy;
  }

  void write(long rowNo, TransactionRow row) throws SQLException {
    line.setLength(0);
    line.append(rowNo).append('\t');
    text(row.source());
    line.append('\t');
    text(row.target());
    line.append('\t').append(row.cents()).append('\t');
    IsoInstants.appendUtc(line, row.at());
    line.append('\t').append(row.cash() ? 't' : 'f').append('\t');
    line.append(row.laundering() == null ? "\\N" : row.laundering() ? "t" : "f");
    for (String value : new String[] {row.typology(), row.branch(), row.targetBranch(), row.bank(), row.device(), row.ip(), row.phone()}) {
      line.append('\t');
      text(value);
    }
    line.append('\n');
    // UTF-8 takes at most three bytes per char (a surrogate pair's four are two chars)
    int most = line.length() * 3;
    if (used + most > buffer.length) {
      flush();
      if (most > buffer.length) {
        buffer = new byte[most];
      }
    }
    int start = used;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= 0x80) {
        // not ASCII (names, Chinese text): encode the row as a whole
        used = start;
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
        return;
      }
      buffer[used++] = (byte) c;
    }
  }

  void flush() throws SQLException {
    if (used > 0) {
      copy.writeToCopy(buffer, 0, used);
      used = 0;
    }
  }

  long finish() throws SQLException {
    flush();
    return copy.endCopy();
  }

  private static boolean plain(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  /** A value in COPY's text format: NULL as \N, backslash, tab and line breaks escaped. */
  private void text(@Nullable String value) {
    if (value == null) {
      line.append("\\N");
      return;
    }
    if (plain(value)) {
      line.append(value);
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\t' -> line.append("\\t");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        default -> line.append(c);
      }
    }
  }
}
