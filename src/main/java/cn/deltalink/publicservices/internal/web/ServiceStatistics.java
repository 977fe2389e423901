package cn.deltalink.publicservices.internal.web;

import cn.deltalink.publicservices.internal.application.Application;
import cn.deltalink.publicservices.internal.application.ApplicationState;
import cn.deltalink.publicservices.internal.application.Applications;
import cn.deltalink.publicservices.internal.application.Routing;
import cn.deltalink.publicservices.internal.application.ServiceClock;
import cn.deltalink.publicservices.internal.calendar.WorkingDays;
import cn.deltalink.publicservices.internal.catalogue.ServiceCatalogue;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The figures of the applications this node is involved in: by item, by province pair (window →
 * competent province), by month; processing time in working days from receipt to decision
 * (percentiles); time-limit breaches; hours of travel saved (per province pair, region data).
 */
@Component
class ServiceStatistics {

  record Figures(Totals totals, List<Count> byItem, List<Pair> byProvincePair, List<Count> byMonth, Processing processing) {}

  record Totals(long applications, long approved, long refused, long open, long breaches, double hoursOfTravelSaved) {}

  record Count(String key, long applications, long breaches) {}

  record Pair(String intakeProvince, String competentProvince, long applications, double hoursOfTravelSaved) {}

  /** Working days from receipt to decision: how many were decided, the median, p90 and p99. */
  record Processing(long decided, @Nullable Integer p50WorkingDays, @Nullable Integer p90WorkingDays, @Nullable Integer p99WorkingDays) {}

  private final Applications applications;
  private final ServiceCatalogue catalogue;
  private final WorkingDays workingDays;
  private final Routing routing;
  private final ServiceClock clock;

  ServiceStatistics(Applications applications, ServiceCatalogue catalogue, WorkingDays workingDays, Routing routing, ServiceClock clock) {
    this.applications = applications;
    this.catalogue = catalogue;
    this.workingDays = workingDays;
    this.routing = routing;
    this.clock = clock;
  }

  Figures over(int months) {
    Instant now = clock.now();
    Instant from = YearMonth.from(now.atZone(WorkingDays.CHINA)).minusMonths(months - 1L).atDay(1).atStartOfDay(WorkingDays.CHINA).toInstant();
    Map<String, long[]> items = new TreeMap<>();
    Map<String, long[]> monthsSeen = new TreeMap<>();
    Map<String, double[]> pairs = new TreeMap<>();
    List<Integer> durations = new ArrayList<>();
    long approved = 0;
    long refused = 0;
    long open = 0;
    long breaches = 0;
    double saved = 0;
    for (Application a : applications.since(from)) {
      boolean breach = breached(a, now);
      String month = YearMonth.from(a.submittedAt().atZone(WorkingDays.CHINA)).toString();
      add(items, a.item(), breach);
      add(monthsSeen, month, breach);
      String intake = province(a.intakeNode());
      String competent = province(a.competentNode());
      double hours = catalogue.travelHours(intake, competent) + (a.originNode() == null ? 0 : catalogue.travelHours(intake, province(a.originNode())));
      double[] pair = pairs.computeIfAbsent(intake + "→" + competent, k -> new double[2]);
      pair[0]++;
      pair[1] += hours;
      saved += hours;
      breaches += breach ? 1 : 0;
      if (a.state() == ApplicationState.APPROVED) {
        approved++;
      } else if (a.state() == ApplicationState.REFUSED) {
        refused++;
      } else {
        open++;
      }
      if (a.receivedAt() != null && a.decidedAt() != null && a.state().closed()) {
        durations.add(workingDays.elapsed(a.receivedAt(), a.decidedAt()));
      }
    }
    durations.sort(null);
    return new Figures(
        new Totals(approved + refused + open, approved, refused, open, breaches, saved),
        items.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
        pairs.entrySet().stream().map(e -> new Pair(e.getKey().split("→")[0], e.getKey().split("→")[1], (long) e.getValue()[0], e.getValue()[1])).toList(),
        monthsSeen.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
        new Processing(durations.size(), percentile(durations, 50), percentile(durations, 90), percentile(durations, 99)));
  }

  /** Decided after its deadline, or still open past it. */
  static boolean breached(Application a, Instant now) {
    if (a.dueAt() == null) {
      return false;
    }
    if (a.state().closed()) {
      return a.decidedAt() != null && a.decidedAt().isAfter(a.dueAt());
    }
    return a.escalatedAt() != null || a.overdue(now);
  }

  private String province(String node) {
    try {
      return routing.provinceOf(node);
    } catch (IllegalArgumentException e) {
      return node;
    }
  }

  private static void add(Map<String, long[]> counts, String key, boolean breach) {
    long[] c = counts.computeIfAbsent(key, k -> new long[2]);
    c[0]++;
    c[1] += breach ? 1 : 0;
  }

  /** Nearest-rank percentile of sorted values; null for none. */
  static @Nullable Integer percentile(List<Integer> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
