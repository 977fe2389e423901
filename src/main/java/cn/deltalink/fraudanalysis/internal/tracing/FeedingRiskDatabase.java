package cn.deltalink.fraudanalysis.internal.tracing;

import cn.deltalink.fraud.RiskEntries;
import cn.deltalink.fraud.RiskEntryDraft;
import cn.deltalink.fraud.RiskSource;
import cn.deltalink.fraud.RiskType;
import cn.deltalink.fraudanalysis.internal.analysis.AnalysisFinished;
import cn.deltalink.fraudanalysis.internal.model.Finding;
import cn.deltalink.fraudanalysis.internal.model.RiskScores;
import cn.deltalink.fraudanalysis.internal.model.Transactions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After an analysis, the accounts scoring {@value #FROM_SCORE} or more go into the shared risk
 * database with source "model", level by score, the patterns as evidence. At most {@value #MOST}
 * per analysis, highest first: each entry travels to every node, and an analyst reviews the rest.
 */
@Component
class FeedingRiskDatabase {

  static final int FROM_SCORE = 80;
  static final int MOST = 200;
  private static final Logger log = LoggerFactory.getLogger(FeedingRiskDatabase.class);

  private final RiskEntries risks;
  private final TransactionTemplate transactions;

  FeedingRiskDatabase(RiskEntries risks, TransactionTemplate transactions) {
    this.risks = risks;
    this.transactions = transactions;
  }

  @EventListener
  void on(AnalysisFinished finished) {
    RiskScores scores = finished.result().scores();
    Transactions tx = finished.result().graph().transactions();
    List<Integer> high = new ArrayList<>();
    for (int a = 0; a < tx.accountCount(); a++) {
      if (scores.flagged(a) && scores.of(a) >= FROM_SCORE) {
        high.add(a);
      }
    }
    high.sort(Comparator.comparingInt(scores::of).reversed());
    List<Integer> fed = high.subList(0, Math.min(MOST, high.size()));
    int[] recorded = {0};
    // one transaction each: a value the risk database refuses must not roll back the others
    for (int a : fed) {
        String evidence = "模型研判 analysis " + finished.analysisId() + ": " + scores.reasons(a).stream().map(FeedingRiskDatabase::reason).collect(Collectors.joining("; "));
        RiskEntryDraft draft = new RiskEntryDraft(type(tx.account(a)), tx.account(a), "涉诈账户（模型研判）", level(scores.of(a)), RiskSource.MODEL,
            evidence.length() > RiskEntryDraft.MAX_EVIDENCE ? evidence.substring(0, RiskEntryDraft.MAX_EVIDENCE) : evidence, null);
        try {
          transactions.executeWithoutResult(status -> risks.record(draft));
          recorded[0]++;
        } catch (IllegalArgumentException notAnAccount) {
          log.debug("Not recorded as a risk: {}", notAnAccount.getMessage());
        }
    }
    log.info("Analysis {}: {} accounts recorded in the risk database", finished.analysisId(), recorded[0]);
  }

  private static RiskType type(String account) {
    return account.matches("\\d{16,19}") && luhn(account) ? RiskType.BANK_CARD : RiskType.BANK_ACCOUNT;
  }

  private static int level(int score) {
    return score >= 90 ? 5 : score >= 80 ? 4 : 3;
  }

  private static String reason(Finding finding) {
    return finding.pattern().key() + " " + finding.detail();
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
