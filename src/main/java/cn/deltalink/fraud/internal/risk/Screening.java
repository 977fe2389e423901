package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.rule;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.fraud.RiskSource;
import cn.deltalink.fraud.RiskType;
import cn.deltalink.fraud.internal.RuleBroken;
import cn.deltalink.identity.ResidentIdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a list of phones, accounts, sites... against this node's replica of the regional risk
 * database in one call (批量筛查): per item whether it is known, the highest level of the entries in
 * force on it, and their reasons. An item that breaks its type's rule is answered with the rule, not
 * refused with the whole list. Each screening is audited with its counts, never the values.
 */
@Service
public class Screening {

  public static final int MAX_ITEMS = 10_000;
  private static final int CHUNK = 1_000;

  private final RiskValues values;
  private final RiskEntryRows rows;
  private final AuditTrail audit;

  Screening(RiskValues values, RiskEntryRows rows, AuditTrail audit) {
    this.values = values;
    this.rows = rows;
    this.audit = audit;
  }

  /** One item to screen as given. */
  public record Item(@Nullable String type, @Nullable String value) {}

  /** The answer for one item; {@code problem} names the rule an invalid item breaks. */
  public record Result(String type, String value, boolean known, @Nullable Integer level, List<String> reasons, @Nullable RuleBroken problem) {}

  @Transactional(readOnly = true)
  public List<Result> screen(List<Item> items) {
    if (items.isEmpty() || items.size() > MAX_ITEMS) {
      throw rule("fraud.refused.screening.items", MAX_ITEMS);
    }
    List<Result> results = new ArrayList<>(items.size());
    Map<RiskType, Set<String>> keysByType = new EnumMap<>(RiskType.class);
    List<List<String>> keysPerItem = new ArrayList<>(items.size());
    List<@Nullable RiskType> typePerItem = new ArrayList<>(items.size());
    for (Item item : items) {
      String rawType = item == null || item.type() == null ? "" : item.type();
      String rawValue = item == null || item.value() == null ? "" : item.value();
      RiskType type = RiskType.parse(rawType).orElse(null);
      typePerItem.add(type);
      if (type == null) {
        keysPerItem.add(List.of());
        results.add(new Result(clip(rawType), clip(rawValue), false, null, List.of(), rule("fraud.refused.type", RiskType.slugs())));
        continue;
      }
      try {
        String value = values.normalise(type, rawValue);
        List<String> keys = values.lookupKeys(type, value);
        keysPerItem.add(keys);
        keysByType.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(keys);
        results.add(new Result(type.slug(), value, false, null, List.of(), null));
      } catch (RuleBroken e) {
        keysPerItem.add(List.of());
        results.add(new Result(type.slug(), clip(rawValue), false, null, List.of(), e));
      }
    }
    Map<RiskType, Map<String, List<RiskEntry>>> held = held(keysByType);
    LocalDate today = LocalDate.now(ResidentIdNumber.CHINA);
    int known = 0;
    for (int i = 0; i < results.size(); i++) {
      RiskType type = typePerItem.get(i);
      if (type == null || results.get(i).problem() != null) {
        continue;
      }
      Map<String, List<RiskEntry>> ofType = held.getOrDefault(type, Map.of());
      List<RiskEntry> found = keysPerItem.get(i).stream().flatMap(k -> ofType.getOrDefault(k, List.of()).stream()).filter(e -> e.activeOn(today))
          .sorted(Comparator.comparingInt(RiskEntry::level).reversed().thenComparing(RiskEntry::changedAt, Comparator.reverseOrder())).toList();
      if (!found.isEmpty()) {
        known++;
        Result r = results.get(i);
        results.set(i, new Result(r.type(), r.value(), true, found.get(0).level(), found.stream().map(Screening::reason).toList(), null));
      }
    }
    audit.record("fraud.screening", items.size() + " items, " + known + " known", "涉诈风险筛查", AuditOutcome.ok());
    return results;
  }

  private Map<RiskType, Map<String, List<RiskEntry>>> held(Map<RiskType, Set<String>> keysByType) {
    Map<RiskType, Map<String, List<RiskEntry>>> held = new EnumMap<>(RiskType.class);
    keysByType.forEach(
        (type, keys) -> {
          List<String> all = List.copyOf(keys);
          Map<String, List<RiskEntry>> byValue = new HashMap<>();
          for (int from = 0; from < all.size(); from += CHUNK) {
            for (RiskEntry e : rows.under(type, all.subList(from, Math.min(all.size(), from + CHUNK)))) {
              byValue.computeIfAbsent(e.value(), v -> new ArrayList<>()).add(e);
            }
          }
          held.put(type, byValue);
        });
    return held;
  }

  /** Why an entry counts, in a line a bank's system can log: label, level, sources, owner, validity. */
  static String reason(RiskEntry e) {
    return e.label() + " (level " + e.level() + "; " + String.join(", ", e.sources().stream().map(RiskSource::slug).toList()) + "; recorded by " + e.ownerNode() + "; valid until "
        + e.validUntil() + (e.type() == RiskType.URL ? "; entry " + e.value() : "") + ")";
  }

  private static String clip(String text) {
    return cn.deltalink.platform.UntrustedText.clipped(text, 100);
  }
}
