package cn.deltalink.fraudanalysis.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scatter-gather: a source pays several intermediates, and each hands on about what it received to
 * the same sink within the fan window. Looked for from each source, so only one source's paths are
 * held at a time.
 */
final class ScatterGatherDetector {

  static final double STRENGTH = 0.7;
  /** An intermediate with more traffic than this is a busy account, not a go-between. */
  private static final int BUSY = 200;

  private final TransactionGraph graph;
  private final Transactions tx;
  private final DetectorSettings settings;

  ScatterGatherDetector(TransactionGraph graph, DetectorSettings settings) {
    this.graph = graph;
    this.tx = graph.transactions();
    this.settings = settings;
  }

  void detect(Findings findings) {
    long window = settings.fanWindow().toSeconds();
    for (int source = 0; source < graph.accounts(); source++) {
      if (graph.outDegree(source) < settings.gatherMinimum()) {
        continue;
      }
      Map<Integer, List<int[]>> pathsBySink = new HashMap<>();
      for (int k = graph.outFrom(source); k < graph.outTo(source); k++) {
        int first = graph.out(k);
        int middle = tx.target(first);
        if (tx.cash(first) || middle == source || graph.outDegree(middle) + graph.inDegree(middle) > BUSY) {
          continue;
        }
        long limit = tx.at(first) + window;
        for (int j = graph.firstOutAtOrAfter(middle, tx.at(first)); j < graph.outTo(middle); j++) {
          int second = graph.out(j);
          if (tx.at(second) > limit) {
            break;
          }
          int sink = tx.target(second);
          if (tx.cash(second) || sink == source || graph.place(second) < graph.place(first)) {
            continue;
          }
          if (tx.cents(second) * settings.similarAmounts() >= tx.cents(first) && tx.cents(second) <= tx.cents(first) * 1.05) {
            pathsBySink.computeIfAbsent(sink, s -> new ArrayList<>()).add(new int[] {first, second});
          }
        }
      }
      int from = source;
      pathsBySink.forEach((sink, paths) -> report(findings, from, sink, paths));
    }
  }

  private void report(Findings findings, int source, int sink, List<int[]> paths) {
    long middles = paths.stream().mapToInt(p -> tx.target(p[0])).distinct().count();
    if (middles < settings.gatherMinimum()) {
      return;
    }
    int[] all = paths.stream().flatMapToInt(java.util.Arrays::stream).distinct().toArray();
    String detail = tx.account(source) + " → " + middles + " accounts → " + tx.account(sink);
    findings.add(new Finding(source, Pattern.SCATTER_GATHER, STRENGTH, all, detail));
    findings.add(new Finding(sink, Pattern.SCATTER_GATHER, STRENGTH, all, detail));
    paths.stream().mapToInt(p -> tx.target(p[0])).distinct().forEach(m -> findings.add(new Finding(m, Pattern.SCATTER_GATHER, STRENGTH, all, detail)));
  }
}
