package cn.deltalink.access.internal.audit;

import cn.deltalink.platform.RefusalTexts;
import cn.deltalink.platform.RequestRefused;
import org.springframework.context.MessageSourceResolvable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search of the audit trail: actor (exact), action (exact or a prefix such as {@code login}),
 * text in subject or purpose, a time range [from, to), and the page. Times are ISO-8601 instants,
 * or dates and local times of China Standard Time (as a date picker sends them).
 */
record AuditQuery(
    @Nullable String actor,
    @Nullable String action,
    @Nullable String subject,
    @Nullable String purpose,
    @Nullable Instant from,
    @Nullable Instant to,
    int page,
    int size) {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final int MAX_SIZE = 100;

  /** Keyed in the access bundle: the API answers English, the audit page the officer's language. */
  private static final RefusalTexts REFUSED = new RefusalTexts("i18n/access");

  AuditQuery {
    actor = blankToNull(actor, "actor", 64);
    action = blankToNull(action, "action", 64);
    subject = blankToNull(subject, "subject", 200);
    purpose = blankToNull(purpose, "purpose", 200);
    if (page < 0 || page > 100_000) {
      throw REFUSED.invalid("access.audit.refused.page");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw REFUSED.invalid("access.audit.refused.size", MAX_SIZE);
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw REFUSED.invalid("access.audit.refused.range");
    }
  }

  /** Reads the query parameters of the page and the API. */
  static AuditQuery of(
      @Nullable String actor,
      @Nullable String action,
      @Nullable String subject,
      @Nullable String purpose,
      @Nullable String from,
      @Nullable String to,
      @Nullable Integer page,
      @Nullable Integer size) {
    return new AuditQuery(actor, action, subject, purpose, time(from, "from", false), time(to, "to", true), page == null ? 0 : page, size == null ? 50 : size);
  }

  /** What was searched for, as the audit entry of the search records it. */
  String describe() {
    List<String> parts = new ArrayList<>();
    add(parts, "actor", actor);
    add(parts, "action", action);
    add(parts, "subject", subject);
    add(parts, "purpose", purpose);
    add(parts, "from", from);
    add(parts, "to", to);
    parts.add("page=" + page);
    return String.join(" ", parts);
  }

  private static void add(List<String> parts, String name, @Nullable Object value) {
    if (value != null) {
      parts.add(name + "=" + value);
    }
  }

  private static @Nullable String blankToNull(@Nullable String value, String name, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw REFUSED.invalid("access.audit.refused.tooLong", field(name), name, max);
    }
    return trimmed;
  }

  /** Refused when the page number is not a number at all (the API's binding refuses it before). */
  static RequestRefused pageNotANumber() {
    return REFUSED.invalid("access.audit.refused.pageNumber");
  }

  /** A search field's label in the officer's language (the parameter's name where there is none). */
  private static MessageSourceResolvable field(String name) {
    return RefusalTexts.term("access.audit." + name, name);
  }

  /** A date alone means its whole day: from its start, or (as the end of a range) up to the next day. */
  private static @Nullable Instant time(@Nullable String value, String name, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return (end ? day.plusDays(1) : day).atStartOfDay(CHINA).toInstant();
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(text).toInstant();
      }
      return LocalDateTime.parse(text).atZone(CHINA).toInstant();
    } catch (DateTimeException e) {
      throw REFUSED.invalid("access.audit.refused.time", field(name), name);
    }
  }
}
