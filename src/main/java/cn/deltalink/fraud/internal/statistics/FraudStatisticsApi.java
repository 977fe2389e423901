package cn.deltalink.fraud.internal.statistics;

import static cn.deltalink.fraud.internal.Refused.FRAUD;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.fraud.internal.FraudRoles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/statistics/fraud}: the figures of the fraud statistics page. */
@RestController
@Tag(name = "fraud-warnings")
class FraudStatisticsApi {

  private final FraudStatistics statistics;
  private final CurrentOfficer current;

  FraudStatisticsApi(FraudStatistics statistics, CurrentOfficer current) {
    this.statistics = statistics;
    this.current = current;
  }

  @Operation(
      summary = "Reports, warnings, interventions and amount stopped, per province and per month",
      description = "months 1-36 (default 12), counted in Beijing time from the first of the month.")
  @GetMapping("/api/v1/statistics/fraud")
  FraudStatistics.Figures figures(@RequestParam(required = false, defaultValue = "12") int months) {
    if (!FraudRoles.holds(current.get().orElse(null), FraudRoles.STATISTICS)) {
      throw FRAUD.forbidden("fraud.refused.role.statistics");
    }
    if (months < 1 || months > 36) {
      throw FRAUD.invalid("fraud.refused.months");
    }
    return statistics.over(months);
  }
}
