package cn.deltalink.fraudanalysis.internal.analysis;

import cn.deltalink.fraudanalysis.internal.Refused;
import cn.deltalink.fraudanalysis.internal.importing.TransactionImports;
import cn.deltalink.fraudanalysis.internal.model.AnalysisModel;
import cn.deltalink.fraudanalysis.internal.model.DetectorSettings;
import cn.deltalink.fraudanalysis.internal.model.Evaluation;
import cn.deltalink.fraudanalysis.internal.model.Finding;
import cn.deltalink.fraudanalysis.internal.model.Networks;
import cn.deltalink.fraudanalysis.internal.model.Transactions;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs analyses one at a time in the background: loads the import's rows, runs the model, stores
 * every account with a finding (score and reasons), the networks and the evaluation in one
 * transaction, and keeps the last results in memory for the graph view and for tracing.
 */
@Service
public class RunningAnalyses {

  private static final Logger log = LoggerFactory.getLogger(RunningAnalyses.class);
  private static final int MOST_NETWORKS = 100;
  /** Results kept in memory: a 2 M-transaction graph takes some 150 MB. */
  private static final int KEPT = 2;

  private final Analyses analyses;
  private final TransactionImports imports;
  private final LoadingTransactions loading;
  private final AnalysisSettings settings;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();
  private final Map<UUID, AnalysisModel.Result> kept = new LinkedHashMap<>(4, 0.75f, true);
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "transaction-analysis");
    thread.setDaemon(true);
    return thread;
  });

  RunningAnalyses(Analyses analyses, TransactionImports imports, LoadingTransactions loading, AnalysisSettings settings, JdbcTemplate jdbc, TransactionTemplate transactions,
      JsonMapper json, org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.analyses = analyses;
    this.imports = imports;
    this.loading = loading;
    this.settings = settings;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.json = json;
  }

  /** Starts analysing a finished import; refuses an unknown import (404) or one not done (409). */
  public UUID start(UUID importId, String startedBy) {
    TransactionImports.Import imported = imports.find(importId).orElseThrow(() -> Refused.ANALYSIS.notFound("fraudanalysis.refused.noImport", importId));
    if (!imported.state().equals("done")) {
      throw Refused.ANALYSIS.conflict("fraudanalysis.refused.importState", imported.state());
    }
    UUID id = UUID.randomUUID();
    DetectorSettings detectors = settings.detectors();
    analyses.create(id, importId, detectors.warningThreshold(), detectors, startedBy, clock.instant());
    worker.submit(() -> run(id, importId, detectors));
    return id;
  }

  /** The result of an analysis, from memory or, after a restart, computed again from its import. */
  public Optional<AnalysisModel.Result> result(UUID id) {
    synchronized (kept) {
      AnalysisModel.Result held = kept.get(id);
      if (held != null) {
        return Optional.of(held);
      }
    }
    Optional<Analyses.Analysis> analysis = analyses.find(id).filter(a -> a.state().equals("done"));
    if (analysis.isEmpty()) {
      return Optional.empty();
    }
    try {
      AnalysisModel.Result again = AnalysisModel.analyse(loading.load(analysis.get().importId(), n -> {}), settings.detectors(), p -> {});
      keep(id, again);
      return Optional.of(again);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not read the import of analysis " + id, e);
    }
  }

  /** The latest finished analysis, if any. */
  public Optional<UUID> latestDone() {
    return analyses.latestDone();
  }

  private void run(UUID id, UUID importId, DetectorSettings detectors) {
    long started = System.nanoTime();
    try {
      analyses.progress(id, 0.01);
      Transactions loaded = loading.load(importId, n -> analyses.progress(id, 0.01));
      analyses.progress(id, 0.3);
      AnalysisModel.Result result = AnalysisModel.analyse(loaded, detectors, p -> analyses.progress(id, 0.3 + 0.6 * p));
      long millis = (System.nanoTime() - started) / 1_000_000;
      store(id, result, millis);
      keep(id, result);
      events.publishEvent(new AnalysisFinished(id, result));
      log.info("Analysis {}: {} transactions, {} accounts, {} ms", id, loaded.size(), loaded.accountCount(), millis);
    } catch (Exception | OutOfMemoryError e) {
      log.warn("Analysis {} failed", id, e);
      analyses.failed(id, "the analysis failed: " + e.getClass().getSimpleName(), clock.instant());
    }
  }

  private void keep(UUID id, AnalysisModel.Result result) {
    synchronized (kept) {
      kept.put(id, result);
      while (kept.size() > KEPT) {
        kept.remove(kept.keySet().iterator().next());
      }
    }
  }

  private void store(UUID id, AnalysisModel.Result result, long millis) {
    Transactions tx = result.graph().transactions();
    List<Object[]> rows = new ArrayList<>();
    int flagged = 0;
    for (int a = 0; a < tx.accountCount(); a++) {
      List<Finding> reasons = result.scores().reasons(a);
      if (reasons.isEmpty() || tx.cashPoint(a)) {
        continue;
      }
      if (result.scores().flagged(a)) {
        flagged++;
      }
      List<ReasonJson> json = reasons.stream().map(f -> ReasonJson.of(tx, f)).toList();
      rows.add(new Object[] {id, tx.account(a), result.scores().of(a), tx.branch(a), this.json.writeValueAsString(json)});
    }
    int flaggedAccounts = flagged;
    long heap = result.graph().approximateBytes();
    transactions.executeWithoutResult(status -> {
      for (int from = 0; from < rows.size(); from += 1_000) {
        jdbc.batchUpdate("insert into fraudanalysis_account_score (analysis_id, account, score, branch_division, reasons) values (?, ?, ?, ?, ?::jsonb)",
            rows.subList(from, Math.min(rows.size(), from + 1_000)));
      }
      jdbc.update(
          "update fraudanalysis_analysis set state = 'done', progress = 1, accounts = ?, transactions = ?, flagged = ?, evaluation = ?::jsonb, networks = ?::jsonb, millis = ?,"
              + " heap_bytes = ?, finished_at = ? where id = ?",
          tx.accountCount(), (long) tx.size(), flaggedAccounts, evaluationJson(result.evaluation(), result.scores().threshold()), networksJson(result.networks()), millis, heap,
          Timestamp.from(clock.instant()), id);
    });
  }

  private String evaluationJson(Evaluation evaluation, int threshold) {
    if (evaluation == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("threshold", threshold);
    out.put("level", "account");
    out.put("overall", counts(evaluation.overall()));
    List<Map<String, Object>> types = new ArrayList<>();
    for (Evaluation.Typology t : evaluation.typologies()) {
      Map<String, Object> type = new LinkedHashMap<>();
      type.put("typology", t.name());
      type.putAll(counts(t.counts()));
      types.add(type);
    }
    out.put("typologies", types);
    return json.writeValueAsString(out);
  }

  private static Map<String, Object> counts(Evaluation.Counts c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("precision", round(c.precision()));
    out.put("recall", round(c.recall()));
    out.put("f1", round(c.f1()));
    out.put("truePositives", c.truePositives());
    out.put("falsePositives", c.falsePositives());
    out.put("falseNegatives", c.falseNegatives());
    out.put("trueNegatives", c.trueNegatives());
    return out;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private String networksJson(List<Networks.Network> networks) {
    List<Map<String, Object>> out = new ArrayList<>();
    int n = 0;
    for (Networks.Network network : networks) {
      if (n++ >= MOST_NETWORKS) {
        break;
      }
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("id", n);
      w.put("accounts", network.accounts());
      w.put("enteredAmount", BigDecimal.valueOf(network.enteredCents(), 2));
      w.put("payersOutside", network.payersOutside());
      w.put("cashAmount", BigDecimal.valueOf(network.cashCents(), 2));
      Map<String, BigDecimal> places = new LinkedHashMap<>();
      network.cashByPlace().forEach((place, cents) -> places.put(place, BigDecimal.valueOf(cents, 2)));
      w.put("cashByPlace", places);
      w.put("flows", network.flows().stream().map(f -> Map.of("from", f.from(), "to", f.to(), "amount", BigDecimal.valueOf(f.cents(), 2), "transactions", f.transactions())).toList());
      out.add(w);
    }
    return json.writeValueAsString(out);
  }

  @EventListener(ApplicationReadyEvent.class)
  void abandonAnalysesOfTheLastRun() {
    analyses.abandonRunning(clock.instant());
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
