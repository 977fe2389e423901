package cn.deltalink.fraudanalysis.internal.importing;

import cn.deltalink.platform.IsoInstants;

import cn.deltalink.fraudanalysis.internal.model.Transactions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One checked row of a transaction file. {@link #read} turns a record's fields into a row through
 * the mapping's positions or refuses it naming the field and what is wrong with it.
 */
public record TransactionRow(String source, String target, long cents, Instant at, boolean cash, @Nullable Boolean laundering, @Nullable String typology, @Nullable String branch,
    @Nullable String targetBranch, @Nullable String bank, @Nullable String device, @Nullable String ip, @Nullable String phone) {

  /** A row the file cannot give: which field, and why. */
  public static final class Refused extends Exception {
    private final String field;

    Refused(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]");
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]");
  private static final Set<String> YES = Set.of("true", "t", "1", "yes", "y", "sar", "laundering", "fraud", "是");
  private static final Set<String> NO = Set.of("false", "f", "0", "no", "n", "", "normal", "否", "-1");
  /** Ten thousand billion yuan: no bank moves more in one transaction. */
  private static final BigDecimal MOST = new BigDecimal("10000000000000");
  private static final int LONGEST_ACCOUNT = 64;
  private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile(".*[+-]\\d\\d:?\\d\\d$");

  public static TransactionRow read(String[] fields, int[] positions) throws Refused {
    String source = account(field(fields, positions, 0), "source");
    String target = account(field(fields, positions, 1), "target");
    long cents = amount(field(fields, positions, 2));
    Instant at = time(field(fields, positions, 3));
    String label = field(fields, positions, 4);
    String typology = text(field(fields, positions, 5));
    String channel = field(fields, positions, 6);
    boolean cash = channel != null && isCash(channel);
    return new TransactionRow(source, target, cents, at, cash, label == null ? null : label(label), typology, division(field(fields, positions, 7), "branchDivision"),
        division(field(fields, positions, 8), "targetBranchDivision"), text(field(fields, positions, 9)), text(field(fields, positions, 10)), text(field(fields, positions, 11)),
        text(field(fields, positions, 12)));
  }

  /** Adds the row to an in-memory data set. */
  public void addTo(Transactions transactions) {
    transactions.add(source, target, cents, at.getEpochSecond(), cash, laundering, typology, branch, targetBranch);
    if (device != null) {
      transactions.identifierUsed(source, "device", device);
    }
    if (ip != null) {
      transactions.identifierUsed(source, "ip", ip);
    }
    if (phone != null) {
      transactions.identifierUsed(source, "phone", phone);
    }
  }

  private static @Nullable String field(String[] fields, int[] positions, int which) throws Refused {
    int position = positions[which];
    if (position < 0) {
      return null;
    }
    if (position >= fields.length) {
      throw new Refused(ColumnMapping.REQUIRED.size() > which ? ColumnMapping.REQUIRED.get(which) : ColumnMapping.OPTIONAL.get(which - ColumnMapping.REQUIRED.size()),
          "the row has " + fields.length + " fields, too few for this column");
    }
    return fields[position].strip();
  }

  private static String account(@Nullable String value, String field) throws Refused {
    if (value == null || value.isEmpty()) {
      throw new Refused(field, "is empty");
    }
    if (value.length() > LONGEST_ACCOUNT || !printable(value)) {
      throw new Refused(field, "is not an account (at most " + LONGEST_ACCOUNT + " printable characters)");
    }
    return value;
  }

  private static long amount(@Nullable String value) throws Refused {
    if (value == null || value.isEmpty()) {
      throw new Refused("amount", "is empty");
    }
    try {
      BigDecimal amount = new BigDecimal(value.replace("¥", "").replace("￥", ""));
      if (amount.signum() <= 0 || amount.compareTo(MOST) >= 0) {
        throw new Refused("amount", "must be more than 0 and less than 10^13");
      }
      return amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new Refused("amount", "is not a number: " + clip(value));
    }
  }

  static Instant time(@Nullable String value) throws Refused {
    if (value == null || value.isEmpty()) {
      throw new Refused("time", "is empty");
    }
    Instant usual = IsoInstants.fixedShape(value);
    if (usual != null) {
      return usual;
    }
    try {
      if (value.chars().allMatch(Character::isDigit) && value.length() <= 12) {
        return Instant.ofEpochSecond(Long.parseLong(value));
      }
      if (value.endsWith("Z") || OFFSET.matcher(value).matches()) {
        return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
      }
      if (value.contains("T")) {
        return LocalDateTime.parse(value).atZone(CHINA).toInstant();
      }
      if (value.contains("/")) {
        return LocalDateTime.parse(value, SLASHED).atZone(CHINA).toInstant();
      }
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay(CHINA).toInstant();
      }
      return LocalDateTime.parse(value, SPACED).atZone(CHINA).toInstant();
    } catch (DateTimeException | NumberFormatException e) {
      throw new Refused("time", "is not a time (ISO 8601, yyyy-MM-dd HH:mm:ss in China time, or epoch seconds): " + clip(value));
    }
  }

  private static boolean label(String value) throws Refused {
    String folded = value.toLowerCase(Locale.ROOT);
    if (YES.contains(folded)) {
      return true;
    }
    if (NO.contains(folded)) {
      return false;
    }
    throw new Refused("label", "is neither yes (true, 1, yes, sar) nor no (false, 0, no): " + clip(value));
  }

  private static boolean isCash(String channel) {
    String folded = channel.toLowerCase(Locale.ROOT);
    return folded.contains("cash") || folded.contains("atm") || channel.contains("取现") || channel.contains("现金");
  }

  private static @Nullable String division(@Nullable String value, String field) throws Refused {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (!sixDigits(value)) {
      throw new Refused(field, "is not a six-digit division code: " + clip(value));
    }
    return value;
  }

  private static @Nullable String text(@Nullable String value) {
    return value == null || value.isEmpty() ? null : clip(value);
  }

  /** Loops rather than streams and patterns: these run for every field of millions of rows. */
  private static boolean printable(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sixDigits(String value) {
    if (value.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String clip(String value) {
    if (value.length() <= 64 && printable(value)) {
      return value;
    }
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 64 ? printable.substring(0, 64) : printable;
  }
}
