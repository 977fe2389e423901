package cn.deltalink.publicservices.internal.web;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.platform.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/statistics/applications}: the figures of the public-services statistics page. */
@RestController
@Tag(name = "public services")
class ServiceStatisticsApi {

  private final ServiceStatistics statistics;
  private final CurrentOfficer current;

  ServiceStatisticsApi(ServiceStatistics statistics, CurrentOfficer current) {
    this.statistics = statistics;
    this.current = current;
  }

  @Operation(
      summary = "Applications by item, province pair and month; processing time percentiles in working days; breaches; hours of travel saved",
      description = "months 1-24, default 12; for supervisors, reviewers, clerks and administrators.")
  @GetMapping("/api/v1/statistics/applications")
  ServiceStatistics.Figures figures(@RequestParam(required = false, defaultValue = "12") int months) {
    if (current.get().map(o -> o.roles().stream().noneMatch(Readers.ROLES::contains)).orElse(true)) {
      throw RequestRefused.forbidden("Statistics of applications are for supervisors, reviewers, clerks and administrators");
    }
    if (months < 1 || months > 24) {
      throw RequestRefused.invalid("months is 1 to 24");
    }
    return statistics.over(months);
  }

}
