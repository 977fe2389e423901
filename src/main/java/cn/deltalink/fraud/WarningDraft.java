package cn.deltalink.fraud;

import static cn.deltalink.fraud.internal.Refused.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A warning to send (预警): the account that may still hold the money, the six-digit division code of
 * the branch where it was opened (which decides the province that receives the warning), the score
 * 0-100 and its reasons, the money path that led there, the handling code (H0-H3), the victim report
 * it follows from (if any) and the amount at risk.
 */
public record WarningDraft(
    String account,
    String branchDivisionCode,
    int score,
    List<String> reasons,
    List<MoneyStep> moneyPath,
    String handlingCode,
    @Nullable UUID reportId,
    BigDecimal amountAtRisk) {

  public static final int MAX_REASONS = 50;
  public static final int MAX_REASON = 500;
  public static final int MAX_STEPS = 200;
  private static final Set<String> HANDLING_CODES = Set.of("H0", "H1", "H2", "H3");

  public WarningDraft {
    reasons = List.copyOf(reasons);
    moneyPath = List.copyOf(moneyPath);
    if (account.isBlank() || account.length() > 64) {
      throw rule("fraud.refused.warning.account");
    }
    if (!branchDivisionCode.matches("[1-9][0-9]{5}")) {
      throw rule("fraud.refused.warning.branch", clip(branchDivisionCode));
    }
    if (score < 0 || score > 100) {
      throw rule("fraud.refused.warning.score", score);
    }
    if (reasons.isEmpty() || reasons.size() > MAX_REASONS) {
      throw rule("fraud.refused.warning.reasons", MAX_REASONS);
    }
    for (String reason : reasons) {
      if (reason.isBlank() || reason.length() > MAX_REASON) {
        throw rule("fraud.refused.warning.reason", MAX_REASON);
      }
    }
    if (moneyPath.size() > MAX_STEPS) {
      throw rule("fraud.refused.warning.steps", MAX_STEPS);
    }
    if (!HANDLING_CODES.contains(handlingCode)) {
      throw rule("fraud.refused.warning.handlingCode", clip(handlingCode));
    }
    if (amountAtRisk.signum() < 0) {
      throw rule("fraud.refused.warning.amount");
    }
  }

  /** The two-digit code of the province where the account was opened. */
  public String province() {
    return branchDivisionCode.substring(0, 2);
  }

  private static String clip(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }
}
