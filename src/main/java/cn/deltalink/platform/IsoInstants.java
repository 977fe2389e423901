package cn.deltalink.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Instants in the one ISO 8601 shape that devices and bank files send, read and written by hand:
 * {@code OffsetDateTime.parse} cost a quarter of a checkpoint's request thread at 20,000 events a
 * second and a third of a transaction import. Callers fall back to {@code java.time} for any other
 * shape, so the two give the same instant or the same refusal.
 */
public final class IsoInstants {

  private IsoInstants() {}

  /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:mm)}, or null for any other shape or an impossible value. */
  public static @Nullable Instant fixedShape(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      int count = i - start;
      if (count < 1 || count > 9) {
        return null;
      }
      nanos = digits(s, start, count);
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds;
    if (i == n - 1 && s.charAt(i) == 'Z') {
      offsetSeconds = 0;
    } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om > 0)) {
        return null;
      }
      offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds, nanos);
  }

  /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Appends the instant in UTC as {@code yyyy-MM-dd HH:mm:ss[.ffffff]+00} (PostgreSQL reads it as a timestamptz; microseconds kept). */
  public static void appendUtc(StringBuilder out, Instant at) {
    long seconds = at.getEpochSecond();
    long days = Math.floorDiv(seconds, 86_400);
    int ofDay = (int) Math.floorMod(seconds, 86_400);
    LocalDate date = LocalDate.ofEpochDay(days);
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      out.append(at);
      return;
    }
    out.append(year).append('-');
    two(out, date.getMonthValue());
    out.append('-');
    two(out, date.getDayOfMonth());
    out.append(' ');
    two(out, ofDay / 3600);
    out.append(':');
    two(out, ofDay / 60 % 60);
    out.append(':');
    two(out, ofDay % 60);
    int micros = at.getNano() / 1000;
    if (micros > 0) {
      out.append('.');
      String digits = Integer.toString(micros);
      for (int i = digits.length(); i < 6; i++) {
        out.append('0');
      }
      out.append(digits);
    }
    out.append("+00");
  }

  private static void two(StringBuilder out, int value) {
    out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
