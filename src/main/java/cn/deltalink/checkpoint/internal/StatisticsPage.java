package cn.deltalink.checkpoint.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The statistics page: its charts (ECharts) read {@code /api/v1/statistics/checkpoints}. */
@Controller
class StatisticsPage {

  @GetMapping("/statistics/checkpoints")
  String page() {
    return "checkpoint/statistics";
  }
}
