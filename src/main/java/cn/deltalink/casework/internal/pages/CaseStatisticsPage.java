package cn.deltalink.casework.internal.pages;

import cn.deltalink.casework.internal.CaseOfficers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The statistics page: its charts (ECharts) read {@code /api/v1/statistics/cases}. */
@Controller
class CaseStatisticsPage {

  private final CaseOfficers officers;

  CaseStatisticsPage(CaseOfficers officers) {
    this.officers = officers;
  }

  @GetMapping("/statistics/cases")
  String page() {
    officers.require(CaseOfficers.READERS, "case.statistics", "page");
    return "casework/statistics";
  }
}
