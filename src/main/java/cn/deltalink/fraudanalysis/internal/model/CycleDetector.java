package cn.deltalink.fraudanalysis.internal.model;

/**
 * Cycles: money that returns to the account it left, hop after hop forward in time, each hop handing
 * on most of what arrived, within the cycle window. The search walks only forward in time, so each
 * cycle is found from its earliest transaction.
 */
final class CycleDetector {

  static final double STRENGTH = 0.75;
  /** Each hop hands on at least this share of what arrived (a cut for the go-between) and at most a little more. */
  private static final double KEPT = 0.8;
  private static final double MORE = 1.05;
  /** Steps one search may take before it gives up (busy accounts would otherwise explode it). */
  private static final int BUDGET = 5_000;

  private final TransactionGraph graph;
  private final Transactions tx;
  private final DetectorSettings settings;
  private final int[] path;
  private int steps;

  CycleDetector(TransactionGraph graph, DetectorSettings settings) {
    this.graph = graph;
    this.tx = graph.transactions();
    this.settings = settings;
    this.path = new int[settings.cycleMaximum()];
  }

  void detect(Findings findings) {
    for (int start = 0; start < tx.size(); start++) {
      int origin = tx.source(start);
      if (tx.cash(start) || tx.target(start) == origin) {
        continue;
      }
      path[0] = start;
      steps = 0;
      search(findings, origin, 1, tx.at(start) + settings.cycleWindow().toSeconds());
    }
  }

  private boolean search(Findings findings, int origin, int length, long deadline) {
    int last = path[length - 1];
    int here = tx.target(last);
    for (int k = graph.firstOutAtOrAfter(here, tx.at(last)); k < graph.outTo(here); k++) {
      if (++steps > BUDGET) {
        return false;
      }
      int next = graph.out(k);
      if (tx.at(next) > deadline) {
        break;
      }
      if (tx.cash(next) || graph.place(next) <= graph.place(last) || tx.cents(next) < tx.cents(last) * KEPT || tx.cents(next) > tx.cents(last) * MORE) {
        continue;
      }
      int to = tx.target(next);
      if (to == origin) {
        path[length] = next;
        report(findings, length + 1);
        return true;
      }
      if (length + 1 < settings.cycleMaximum() && !onPath(to, length)) {
        path[length] = next;
        if (search(findings, origin, length + 1, deadline)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean onPath(int account, int length) {
    for (int i = 0; i < length; i++) {
      if (tx.target(path[i]) == account) {
        return true;
      }
    }
    return false;
  }

  private void report(Findings findings, int length) {
    int[] cycle = java.util.Arrays.copyOf(path, length);
    StringBuilder detail = new StringBuilder(tx.account(tx.source(cycle[0])));
    for (int t : cycle) {
      detail.append(" → ").append(tx.account(tx.target(t)));
    }
    for (int t : cycle) {
      findings.add(new Finding(tx.source(t), Pattern.CYCLE, STRENGTH, cycle, detail.toString()));
    }
  }
}
