package cn.deltalink.checkpoint.internal.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The statistics page: its charts (ECharts) read {@code /api/v1/statistics/checkpoints}. */
@Controller
public class StatisticsPage {

  @GetMapping("/statistics/checkpoints")
  public String page() {
    return "checkpoint/statistics";
  }
}
