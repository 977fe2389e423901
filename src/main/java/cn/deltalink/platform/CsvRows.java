package cn.deltalink.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One CSV file of a region data set (nodes, divisions, agencies): its rows (RFC 4180 quoting, so that English names may contain
 * commas; lines starting with {@code #} are comments) and the SHA-256 of its bytes, which tells the
 * loader whether the database already holds this version. Every reader of the region's files uses
 * this one, so that they all agree on quoting and comments.
 */
public record CsvRows(String resource, List<Row> rows, String checksum) {

  /** One data line with its line number, so that a rejection can point at it. */
  public record Row(int line, List<String> fields) {
    public String field(int index) {
      return index < fields.size() ? fields.get(index).trim() : "";
    }
  }

  public static CsvRows read(String resource) {
    byte[] bytes;
    try (InputStream in = CsvRows.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Region data set missing: classpath:" + resource);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(resource, bytes);
  }

  public static CsvRows parse(String resource, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(new Row(i + 1, fields(line, resource, i + 1)));
      }
    }
    return new CsvRows(resource, List.copyOf(rows), sha256(bytes));
  }

  public static List<String> fields(String line, String resource, int lineNumber) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalStateException(resource + " line " + lineNumber + ": a quoted field is not closed");
    }
    fields.add(field.toString());
    return List.copyOf(fields);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
