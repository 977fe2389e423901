package cn.deltalink.evidencerules.internal.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a requirement applies: comparisons of a case's named facts with numbers, e.g.
 * {@code amount >= 1000000 or investors >= 150}; "and" binds before "or", there are no parentheses.
 * The empty condition always applies. A comparison whose fact is absent counts as true, so that a
 * check asks for the evidence rather than waive it on a fact nobody entered.
 */
public record Condition(List<List<Comparison>> anyOf) {

  public static final Condition ALWAYS = new Condition(List.of());
  static final int MAX_LENGTH = 200;
  private static final Pattern COMPARISON = Pattern.compile("([a-z][a-z0-9-]{0,39})\\s*(>=|<=|>|<|=)\\s*(-?[0-9]{1,15}(?:\\.[0-9]{1,4})?)");

  /** One comparison of a fact with a number. */
  public record Comparison(String fact, String operator, BigDecimal number) {

    boolean holds(Map<String, BigDecimal> facts) {
      BigDecimal value = facts.get(fact);
      if (value == null) {
        return true;
      }
      int c = value.compareTo(number);
      return switch (operator) {
        case ">=" -> c >= 0;
        case "<=" -> c <= 0;
        case ">" -> c > 0;
        case "<" -> c < 0;
        default -> c == 0;
      };
    }

    @Override
    public String toString() {
      return fact + " " + operator + " " + number.toPlainString();
    }
  }

  public Condition {
    anyOf = anyOf.stream().map(List::copyOf).toList();
  }

  /**
   * Reads a condition's text.
   *
   * @throws IllegalArgumentException naming what is wrong with it
   */
  public static Condition parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return ALWAYS;
    }
    if (t.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("A condition has at most " + MAX_LENGTH + " characters");
    }
    List<List<Comparison>> any = new ArrayList<>();
    for (String alternative : t.split("\\s+or\\s+", -1)) {
      List<Comparison> all = new ArrayList<>();
      for (String part : alternative.split("\\s+and\\s+", -1)) {
        Matcher m = COMPARISON.matcher(part.strip());
        if (!m.matches()) {
          throw new IllegalArgumentException(
              "'" + part.strip() + "' is not a comparison such as 'amount >= 50000' (a fact of lower-case letters, digits and hyphens; >=, >, <=, < or =; a number)");
        }
        all.add(new Comparison(m.group(1), m.group(2), new BigDecimal(m.group(3))));
      }
      any.add(all);
    }
    return new Condition(any);
  }

  /** Whether the requirement applies to a case with these facts. */
  public boolean appliesTo(Map<String, BigDecimal> facts) {
    return anyOf.isEmpty() || anyOf.stream().anyMatch(all -> all.stream().allMatch(c -> c.holds(facts)));
  }

  /** The canonical text, the same for conditions that read the same; empty for {@link #ALWAYS}. */
  public String text() {
    return String.join(" or ", anyOf.stream().map(all -> String.join(" and ", all.stream().map(Comparison::toString).toList())).toList());
  }

  @Override
  public String toString() {
    return text();
  }
}
