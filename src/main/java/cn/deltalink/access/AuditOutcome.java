package cn.deltalink.access;

import java.util.Locale;
import java.util.Objects;

/**
 * How an audited action ended: a kind from a fixed list, which figures and searches match exactly,
 * and an optional short detail for the reader ("denied: outside jurisdiction"). The stored text
 * begins with the kind's word, so the trail reads as before.
 */
public record AuditOutcome(Kind kind, String detail) {

  /** The longest detail kept; the stored outcome column holds 128 characters. */
  public static final int MAX_DETAIL = 100;

  /** The kinds of outcome. */
  public enum Kind {
    /** Carried out: a record read, a change made, a check answered. */
    OK,
    /** Refused by a rule: the officer's role, jurisdiction or a handling code. */
    DENIED,
    /** Not carried out because the request itself was invalid: bad input, unknown record, conflict. */
    REJECTED,
    /** Credentials that did not authenticate: wrong password, unknown token, locked, disabled, throttled. */
    FAILED;

    /** The kind as stored: {@code ok}, {@code denied}, {@code rejected}, {@code failed}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public AuditOutcome {
    Objects.requireNonNull(kind, "kind");
    detail = detail == null ? "" : detail.strip();
    if (detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL);
    }
  }

  public static AuditOutcome ok() {
    return new AuditOutcome(Kind.OK, "");
  }

  public static AuditOutcome ok(String detail) {
    return new AuditOutcome(Kind.OK, detail);
  }

  public static AuditOutcome denied(String why) {
    return new AuditOutcome(Kind.DENIED, why);
  }

  public static AuditOutcome rejected(String why) {
    return new AuditOutcome(Kind.REJECTED, why);
  }

  public static AuditOutcome failed(String why) {
    return new AuditOutcome(Kind.FAILED, why);
  }

  /** The outcome as stored and shown: the kind's word, then ": " and the detail when there is one. */
  public String text() {
    return detail.isEmpty() ? kind.word() : kind.word() + ": " + detail;
  }

  @Override
  public String toString() {
    return text();
  }
}
