package cn.deltalink.fraudanalysis.internal.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records of a CSV file read one at a time from a stream (RFC 4180: quoted fields may hold commas,
 * quotes doubled, line breaks; CRLF or LF), so a file of any size needs only one record in memory.
 */
public final class CsvRecords {

  /** A quoted field longer than this is a broken quote, not data. */
  private static final int LONGEST_FIELD = 10_000;

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int length;
  private int position;
  private long record;

  public CsvRecords(Reader in) {
    this.in = in;
  }

  /** The number of the record last read (the header is record 1). */
  public long number() {
    return record;
  }

  /** The next record's fields, or null at the end of the file. */
  public String @Nullable [] next() throws IOException {
    int c = read();
    while (c == '\r' || c == '\n') {
      c = read();
    }
    if (c < 0) {
      return null;
    }
    record++;
    List<String> fields = new ArrayList<>(16);
    StringBuilder field = new StringBuilder(32);
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c < 0) {
          throw new IllegalArgumentException("record " + record + ": a quote is never closed");
        }
        if (c == '"') {
          int after = read();
          if (after == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = after;
            continue;
          }
        } else {
          if (field.length() >= LONGEST_FIELD) {
            throw new IllegalArgumentException("record " + record + ": a quoted field runs on for more than " + LONGEST_FIELD + " characters");
          }
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r' || c < 0) {
        fields.add(field.toString());
        return fields.toArray(new String[0]);
      } else {
        if (field.length() >= LONGEST_FIELD) {
          throw new IllegalArgumentException("record " + record + ": a field is longer than " + LONGEST_FIELD + " characters");
        }
        field.append((char) c);
      }
      c = read();
    }
  }

  private int read() throws IOException {
    if (position == length) {
      length = in.read(buffer, 0, buffer.length);
      position = 0;
      if (length <= 0) {
        length = 0;
        return -1;
      }
    }
    return buffer[position++];
  }
}
