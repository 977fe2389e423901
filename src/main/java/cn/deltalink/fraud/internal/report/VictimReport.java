package cn.deltalink.fraud.internal.report;

import static cn.deltalink.fraud.internal.Refused.rule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A victim's report (报案) as this node took it: how much was paid, when, through which channel the
 * fraudster reached the victim, where the money went and which phones and sites were involved. The
 * values are in canonical form.
 */
public record VictimReport(
    UUID id,
    BigDecimal amount,
    Instant paidAt,
    Channel channel,
    List<String> payeeAccounts,
    List<String> phones,
    List<String> urls,
    @Nullable String victimDivision,
    String description,
    String reportingAgency,
    String reportedBy,
    Instant reportedAt) {

  public static final int MAX_VALUES = 50;
  public static final int MAX_DESCRIPTION = 2000;
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

  /** How the fraudster reached the victim. */
  public enum Channel {
    PHONE_CALL,
    SMS,
    SOCIAL_APP,
    WEBSITE,
    APP,
    IN_PERSON,
    OTHER;

    public String slug() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Channel> parse(String text) {
      String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (Channel c : values()) {
        if (c.name().equals(t)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }

  public VictimReport {
    payeeAccounts = List.copyOf(payeeAccounts);
    phones = List.copyOf(phones);
    urls = List.copyOf(urls);
    if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
      throw rule("fraud.refused.report.amount");
    }
    if (payeeAccounts.isEmpty() || payeeAccounts.size() > MAX_VALUES) {
      throw rule("fraud.refused.report.payees", MAX_VALUES);
    }
    if (phones.size() > MAX_VALUES || urls.size() > MAX_VALUES) {
      throw rule("fraud.refused.report.values", MAX_VALUES);
    }
    if (paidAt.isAfter(reportedAt.plusSeconds(300))) {
      throw rule("fraud.refused.report.future");
    }
    if (paidAt.isBefore(Instant.parse("2000-01-01T00:00:00Z"))) {
      throw rule("fraud.refused.report.early");
    }
    if (victimDivision != null && !victimDivision.matches("[1-9][0-9]{5}")) {
      throw rule("fraud.refused.report.division");
    }
    if (description.length() > MAX_DESCRIPTION) {
      throw rule("fraud.refused.report.description", MAX_DESCRIPTION);
    }
  }
}
