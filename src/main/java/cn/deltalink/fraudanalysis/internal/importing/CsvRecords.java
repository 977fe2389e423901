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
  private final char[] buffer;
  private final List<String> fields = new ArrayList<>(16);
  /** A field that is quoted or runs past the buffer's end. */
  private final StringBuilder text = new StringBuilder(64);
  private int length;
  private int position;
  private long record;

  public CsvRecords(Reader in) {
    this(in, 1 << 16);
  }

  /** With a buffer of {@code bufferChars} (small in tests, so that fields cross its end). */
  CsvRecords(Reader in, int bufferChars) {
    this.in = in;
    this.buffer = new char[bufferChars];
  }

  /** The number of the record last read (the header is record 1). */
  public long number() {
    return record;
  }

  /** The next record's fields, or null at the end of the file. */
  public String @Nullable [] next() throws IOException {
    int c = peek();
    while (c == '\r' || c == '\n') {
      position++;
      c = peek();
    }
    if (c < 0) {
      return null;
    }
    record++;
    fields.clear();
    while (true) {
      fields.add(field());
      int end = peek();
      if (end == ',') {
        position++;
      } else {
        // a line break (CRLF's LF is skipped as a blank line before the next record) or the end
        if (end >= 0) {
          position++;
        }
        return fields.toArray(new String[0]);
      }
    }
  }

  /** One field, up to the comma or line break that ends it (not taken). */
  private String field() throws IOException {
    if (peek() == '"') {
      position++;
      text.setLength(0);
      quoted();
      // what follows the closing quote belongs to the same field, taken as it is
      unquoted();
      return text.toString();
    }
    // most fields end inside the buffer: one string straight from it
    for (int i = position; i < length; i++) {
      char ch = buffer[i];
      if (ch == ',' || ch == '\n' || ch == '\r') {
        if (i - position > LONGEST_FIELD) {
          throw tooLong();
        }
        String field = new String(buffer, position, i - position);
        position = i;
        return field;
      }
    }
    text.setLength(0);
    unquoted();
    return text.toString();
  }

  private void unquoted() throws IOException {
    while (peek() >= 0) {
      int i = position;
      while (i < length && buffer[i] != ',' && buffer[i] != '\n' && buffer[i] != '\r') {
        i++;
      }
      text.append(buffer, position, i - position);
      position = i;
      if (text.length() > LONGEST_FIELD) {
        throw tooLong();
      }
      if (i < length) {
        return;
      }
    }
  }

  private void quoted() throws IOException {
    while (true) {
      if (peek() < 0) {
        throw new IllegalArgumentException("record " + record + ": a quote is never closed");
      }
      char ch = buffer[position++];
      if (ch == '"') {
        if (peek() != '"') {
          return;
        }
        position++;
      }
      if (text.length() >= LONGEST_FIELD) {
        throw new IllegalArgumentException("record " + record + ": a quoted field runs on for more than " + LONGEST_FIELD + " characters");
      }
      text.append(ch);
    }
  }

  private IllegalArgumentException tooLong() {
    return new IllegalArgumentException("record " + record + ": a field is longer than " + LONGEST_FIELD + " characters");
  }

  /** The next character without taking it, or -1 at the end of the file. */
  private int peek() throws IOException {
    if (position == length) {
      length = in.read(buffer, 0, buffer.length);
      position = 0;
      if (length <= 0) {
        length = 0;
        return -1;
      }
    }
    return buffer[position];
  }
}
