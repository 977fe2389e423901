package cn.deltalink.fraud;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A victim's report (报案) was stored at this node: where the money went (payee accounts, normalised),
 * how much and when the victim paid. Published inside the transaction that stores the report, so a
 * transactional listener sees it only when the report is there.
 *
 * @param reportingNode the node that took the report; null only when a tool published the event without it
 */
public record FraudReported(UUID reportId, List<String> payeeAccounts, BigDecimal amount, Instant at, @Nullable String reportingNode) {

  public FraudReported {
    payeeAccounts = List.copyOf(payeeAccounts);
  }

  public FraudReported(UUID reportId, List<String> payeeAccounts, BigDecimal amount, Instant at) {
    this(reportId, payeeAccounts, amount, at, null);
  }
}
