package cn.deltalink.fraudanalysis.internal.model;

import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * One analysis of a data set: the graph, every detector in turn, the scores, the networks and, when
 * the data carries labels, the evaluation. Progress is reported between the steps (0 to 1).
 */
public final class AnalysisModel {

  /** What an analysis found. */
  public record Result(TransactionGraph graph, RiskScores scores, List<Networks.Network> networks, @org.jspecify.annotations.Nullable Evaluation evaluation) {}

  private AnalysisModel() {}

  public static Result analyse(Transactions transactions, DetectorSettings settings, DoubleConsumer progress) {
    progress.accept(0.05);
    TransactionGraph graph = new TransactionGraph(transactions);
    Findings findings = new Findings(graph.accounts());
    progress.accept(0.15);
    new FanDetector(graph, settings).detect(findings);
    progress.accept(0.3);
    new ScatterGatherDetector(graph, settings).detect(findings);
    progress.accept(0.4);
    new CycleDetector(graph, settings).detect(findings);
    progress.accept(0.5);
    new BipartiteDetector(graph, settings).detect(findings);
    progress.accept(0.6);
    new FlowDetector(graph, settings).detect(findings);
    progress.accept(0.75);
    new CashDetector(graph, settings).detect(findings);
    new SharedIdentifierDetector(transactions, settings).detect(findings);
    progress.accept(0.85);
    RiskScores scores = new RiskScores(graph, findings, settings);
    List<Networks.Network> networks = Networks.of(graph, scores);
    Evaluation evaluation = Evaluation.of(transactions, scores);
    progress.accept(1);
    return new Result(graph, scores, networks, evaluation);
  }
}
