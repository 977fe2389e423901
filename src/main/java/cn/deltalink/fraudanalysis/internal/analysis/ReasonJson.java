package cn.deltalink.fraudanalysis.internal.analysis;

import cn.deltalink.fraudanalysis.internal.model.Finding;
import cn.deltalink.fraudanalysis.internal.model.Transactions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A finding as the API and the pages show it: the pattern, how strongly it counts, what was seen and the transactions behind it. */
record ReasonJson(String pattern, int weight, String detail, int transactionCount, List<TransactionJson> transactions) {

  /** The most transactions listed per reason; the count says how many there are. */
  static final int LISTED = 25;

  record TransactionJson(String from, String to, BigDecimal amount, Instant at, boolean cash) {
    static TransactionJson of(Transactions tx, int t) {
      return new TransactionJson(tx.account(tx.source(t)), tx.account(tx.target(t)), BigDecimal.valueOf(tx.cents(t), 2), Instant.ofEpochSecond(tx.at(t)), tx.cash(t));
    }
  }

  static ReasonJson of(Transactions tx, Finding finding) {
    List<TransactionJson> listed = new ArrayList<>();
    for (int i = 0; i < finding.transactions().length && i < LISTED; i++) {
      listed.add(TransactionJson.of(tx, finding.transactions()[i]));
    }
    return new ReasonJson(finding.pattern().key(), (int) Math.round(finding.strength() * 100), finding.detail(), finding.transactions().length, listed);
  }
}
