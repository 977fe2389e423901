package cn.deltalink.fraudanalysis.internal.tracing;

import cn.deltalink.fraud.FraudReported;
import cn.deltalink.fraud.FraudWarnings;
import cn.deltalink.fraud.MoneyStep;
import cn.deltalink.fraud.WarningDraft;
import cn.deltalink.fraudanalysis.internal.analysis.RunningAnalyses;
import cn.deltalink.fraudanalysis.internal.model.AnalysisModel;
import cn.deltalink.fraudanalysis.internal.model.Finding;
import cn.deltalink.fraudanalysis.internal.model.MoneyTrace;
import cn.deltalink.fraudanalysis.internal.model.Transactions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a victim's report, traces the money from the payee accounts through the latest analysis and
 * warns the province of every account it reached that scores at or above the threshold, with the
 * money's path. Runs after the report is committed, off the reporting request's thread; each warning
 * is sent in its own transaction and waits in the outbox while its node is down.
 */
@Component
class TracingReports {

  /** Money is followed this long after the victim paid. */
  static final Duration WINDOW = Duration.ofDays(7);
  static final int HOPS = 6;
  private static final Logger log = LoggerFactory.getLogger(TracingReports.class);

  private final RunningAnalyses analyses;
  private final FraudWarnings warnings;
  private final TransactionTemplate transactions;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "fraud-tracing");
    thread.setDaemon(true);
    return thread;
  });

  TracingReports(RunningAnalyses analyses, FraudWarnings warnings, TransactionTemplate transactions) {
    this.analyses = analyses;
    this.warnings = warnings;
    this.transactions = transactions;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(FraudReported report) {
    worker.submit(() -> {
      try {
        trace(report);
      } catch (RuntimeException e) {
        log.warn("Tracing report {} failed", report.reportId(), e);
      }
    });
  }

  /** Traces one report and sends its warnings; answers how many were sent. */
  int trace(FraudReported report) {
    Optional<UUID> latest = analyses.latestDone();
    if (latest.isEmpty()) {
      return 0;
    }
    Optional<AnalysisModel.Result> found = analyses.result(latest.get());
    if (found.isEmpty()) {
      return 0;
    }
    List<WarningDraft> drafts = drafts(report, found.get());
    if (drafts.isEmpty()) {
      return 0;
    }
    // one transaction each: a province without a node must not hold back the other warnings
    for (WarningDraft draft : drafts) {
      try {
        transactions.executeWithoutResult(status -> warnings.send(draft));
      } catch (IllegalArgumentException unknownProvince) {
        log.info("No warning on {}: {}", draft.account(), unknownProvince.getMessage());
      }
    }
    log.info("Report {}: {} warnings from the trace", report.reportId(), drafts.size());
    return drafts.size();
  }

  static List<WarningDraft> drafts(FraudReported report, AnalysisModel.Result result) {
    Transactions tx = result.graph().transactions();
    List<Integer> payees = report.payeeAccounts().stream().map(tx::accountId).filter(java.util.Objects::nonNull).toList();
    if (payees.isEmpty()) {
      return List.of();
    }
    List<WarningDraft> drafts = new ArrayList<>();
    for (MoneyTrace.Reached reached : MoneyTrace.downstream(result.graph(), payees, report.at().getEpochSecond(), WINDOW.toSeconds(), HOPS)) {
      int account = reached.account();
      String branch = tx.branch(account);
      if (!result.scores().flagged(account) || branch == null || !branch.matches("[1-9]\\d{5}")) {
        continue;
      }
      List<MoneyStep> path = new ArrayList<>();
      BigDecimal atRisk = report.amount();
      for (int t : reached.path()) {
        BigDecimal amount = BigDecimal.valueOf(tx.cents(t), 2);
        path.add(new MoneyStep(tx.account(tx.source(t)), tx.account(tx.target(t)), amount, Instant.ofEpochSecond(tx.at(t))));
        atRisk = atRisk.min(amount);
      }
      List<String> reasons = result.scores().reasons(account).stream().limit(10).map(TracingReports::reason).toList();
      drafts.add(new WarningDraft(tx.account(account), branch, result.scores().of(account), reasons, path.size() > WarningDraft.MAX_STEPS ? path.subList(0, WarningDraft.MAX_STEPS) : path, "H0",
          report.reportId(), atRisk));
    }
    return drafts;
  }

  private static String reason(Finding finding) {
    String text = finding.pattern().key() + " (" + Math.round(finding.strength() * 100) + "): " + finding.detail();
    return text.length() > WarningDraft.MAX_REASON ? text.substring(0, WarningDraft.MAX_REASON) : text;
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
