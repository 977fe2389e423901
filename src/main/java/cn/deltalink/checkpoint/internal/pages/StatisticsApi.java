package cn.deltalink.checkpoint.internal.pages;

import static cn.deltalink.checkpoint.internal.CheckpointRefusals.CHECKPOINT;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/statistics/checkpoints}: the figures of the statistics page. */
@RestController
@Tag(name = "checkpoints")
public class StatisticsApi {

  private final CheckpointStatistics statistics;

  StatisticsApi(CheckpointStatistics statistics) {
    this.statistics = statistics;
  }

  @Operation(summary = "Checks, hits, confirmations, interceptions per checkpoint, per issuing province and per day; confirmation times and breaches", description = "days 1-366, default 30.")
  @GetMapping("/api/v1/statistics/checkpoints")
  public Map<String, Object> figures(@RequestParam(required = false, defaultValue = "30") int days) {
    if (days < 1 || days > 366) {
      throw CHECKPOINT.invalid("checkpoint.refused.days", 366);
    }
    return statistics.over(days);
  }
}
