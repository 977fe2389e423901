package cn.deltalink.fraud;

import static cn.deltalink.fraud.internal.Refused.rule;

import java.math.BigDecimal;
import java.time.Instant;

/** One transfer on the way of the money, from the victim's payee onwards. */
public record MoneyStep(String fromAccount, String toAccount, BigDecimal amount, Instant at) {

  public MoneyStep {
    if (fromAccount.isBlank() || toAccount.isBlank() || fromAccount.length() > 64 || toAccount.length() > 64) {
      throw rule("fraud.refused.step.accounts");
    }
    if (amount.signum() < 0) {
      throw rule("fraud.refused.step.amount");
    }
  }
}
