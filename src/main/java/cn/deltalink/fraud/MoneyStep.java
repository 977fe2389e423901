package cn.deltalink.fraud;

import java.math.BigDecimal;
import java.time.Instant;

/** One transfer on the way of the money, from the victim's payee onwards. */
public record MoneyStep(String fromAccount, String toAccount, BigDecimal amount, Instant at) {

  public MoneyStep {
    if (fromAccount.isBlank() || toAccount.isBlank() || fromAccount.length() > 64 || toAccount.length() > 64) {
      throw new IllegalArgumentException("a money step names both accounts, each 1 to 64 characters");
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("a money step's amount is not negative");
    }
  }
}
