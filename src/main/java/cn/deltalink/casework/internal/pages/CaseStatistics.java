package cn.deltalink.casework.internal.pages;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.assistance.AssistanceRequests;
import cn.deltalink.casework.internal.cases.CaseType;
import cn.deltalink.casework.internal.cases.Cases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case work in figures for leadership: cases per type (joint, solved), requests per urgency and
 * state at both sides, breaches per province. The page draws them with ECharts from the API.
 */
@RestController
@Tag(name = "statistics")
class CaseStatistics {

  record TypeFigures(String type, String name, long cases, long joint, long solved) {}

  record ProvinceFigures(String province, long requests, long inTime, long late, long overdue) {}

  record Figures(List<TypeFigures> perType, List<AssistanceRequests.Count> requests, List<ProvinceFigures> perProvince) {}

  private final Cases cases;
  private final AssistanceRequests requests;
  private final CaseOfficers officers;
  private final CaseworkClock clock;
  private final AuditTrail audit;

  CaseStatistics(Cases cases, AssistanceRequests requests, CaseOfficers officers, CaseworkClock clock, AuditTrail audit) {
    this.cases = cases;
    this.requests = requests;
    this.officers = officers;
    this.clock = clock;
    this.audit = audit;
  }

  @Operation(summary = "Case work in figures: cases per type, requests per urgency and state, breaches per province")
  @GetMapping("/api/v1/statistics/cases")
  Figures figures() {
    officers.require(CaseOfficers.READERS, "case.statistics", "figures");
    Locale locale = LocaleContextHolder.getLocale();
    List<TypeFigures> perType =
        cases.countByType().stream().map(t -> new TypeFigures(t.type(), CaseType.ofCode(t.type()).map(c -> c.name(locale)).orElse(t.type()), t.cases(), t.joint(), t.solved())).toList();
    Map<String, long[]> provinces = new TreeMap<>();
    for (var b : requests.breaches(clock.now())) {
      long[] f = provinces.computeIfAbsent(b.agency().substring(0, 2), k -> new long[4]);
      f[0] += b.requests();
      f[1] += b.inTime();
      f[2] += b.late();
      f[3] += b.overdue();
    }
    List<ProvinceFigures> perProvince = provinces.entrySet().stream().map(e -> new ProvinceFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    audit.record("case.statistics", "figures", "", AuditOutcome.ok());
    return new Figures(perType, requests.counts(), perProvince);
  }
}
