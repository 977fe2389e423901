package cn.deltalink.fraud.internal.warning;

import static cn.deltalink.fraud.internal.Refused.rule;

import cn.deltalink.fraud.MoneyStep;
import cn.deltalink.fraud.WarningDraft;
import cn.deltalink.fraud.WarningId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a warning says, the same at the sending and the receiving node: who sent it to whom, the
 * account, where it was opened, the score and reasons, the money path and the amount at risk. This is
 * also the payload of the {@code fraud.warning} message.
 */
public record Warning(
    UUID id,
    String senderNode,
    String receiverNode,
    String senderAgency,
    String account,
    String branchDivisionCode,
    int score,
    List<String> reasons,
    List<MoneyStep> moneyPath,
    String handlingCode,
    @Nullable UUID reportId,
    BigDecimal amountAtRisk,
    Instant createdAt) {

  public Warning {
    reasons = List.copyOf(reasons);
    moneyPath = List.copyOf(moneyPath);
    // the draft's rules hold for every warning, also one read from a message
    new WarningDraft(account, branchDivisionCode, score, reasons, moneyPath, handlingCode, reportId, amountAtRisk);
    if (!senderNode.matches("[A-Z]{2,8}") || !receiverNode.matches("[A-Z]{2,8}")) {
      throw rule("fraud.refused.warning.nodes");
    }
  }

  static Warning of(WarningDraft draft, WarningId id, String senderNode, String receiverNode, String senderAgency, Instant now) {
    return new Warning(id.value(), senderNode, receiverNode, senderAgency, draft.account().strip(), draft.branchDivisionCode(), draft.score(), draft.reasons(), draft.moneyPath(),
        draft.handlingCode(), draft.reportId(), draft.amountAtRisk(), now);
  }
}
