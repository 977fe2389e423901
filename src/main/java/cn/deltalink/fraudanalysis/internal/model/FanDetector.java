package cn.deltalink.fraudanalysis.internal.model;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Fan-in, fan-out and gather-scatter: a hub that receives from (or pays) many distinct accounts in a
 * short burst, with similar amounts. Steady high-volume business is told apart in two ways: the burst
 * must stand out from the hub's own average rate ({@code burstFactor}), and counterparts that trade
 * with the hub again outside the burst (customers, employees paid every month) make it a relationship,
 * not a burst.
 */
final class FanDetector {

  static final double HUB = 0.7;
  static final double MEMBER = 0.65;
  static final double GATHER_SCATTER_HUB = 0.85;

  private final TransactionGraph graph;
  private final Transactions tx;
  private final DetectorSettings settings;

  FanDetector(TransactionGraph graph, DetectorSettings settings) {
    this.graph = graph;
    this.tx = graph.transactions();
    this.settings = settings;
  }

  void detect(Findings findings) {
    for (int hub = 0; hub < graph.accounts(); hub++) {
      if (tx.cashPoint(hub)) {
        continue;
      }
      int[] in = burst(hub, true);
      int[] out = burst(hub, false);
      if (in.length > 0 && out.length > 0 && close(in, out)) {
        int[] all = concat(in, out);
        findings.add(new Finding(hub, Pattern.GATHER_SCATTER, GATHER_SCATTER_HUB, all, "hub: " + distinct(in, true) + " in, " + distinct(out, false) + " out"));
        members(findings, Pattern.GATHER_SCATTER, in, true, hub);
        members(findings, Pattern.GATHER_SCATTER, out, false, hub);
        continue;
      }
      if (in.length > 0) {
        findings.add(new Finding(hub, Pattern.FAN_IN, HUB, in, "hub: " + distinct(in, true) + " payers"));
        members(findings, Pattern.FAN_IN, in, true, hub);
      }
      if (out.length > 0) {
        findings.add(new Finding(hub, Pattern.FAN_OUT, HUB, out, "hub: " + distinct(out, false) + " payees"));
        members(findings, Pattern.FAN_OUT, out, false, hub);
      }
    }
  }

  private void members(Findings findings, Pattern pattern, int[] burst, boolean incoming, int hub) {
    for (int t : burst) {
      int member = incoming ? tx.source(t) : tx.target(t);
      if (!tx.cashPoint(member)) {
        findings.add(new Finding(member, pattern, MEMBER, burst, (incoming ? "pays into hub " : "paid by hub ") + tx.account(hub)));
      }
    }
  }

  /** Whether the outgoing burst starts before the incoming one has been over for a window. */
  private boolean close(int[] in, int[] out) {
    long inEnd = tx.at(in[in.length - 1]);
    long outStart = tx.at(out[0]);
    long inStart = tx.at(in[0]);
    return outStart >= inStart && outStart <= inEnd + settings.fanWindow().toSeconds();
  }

  /**
   * The hub's largest burst of similar amounts from (or to) distinct counterparts, in time order, or
   * none.
   */
  private int[] burst(int hub, boolean incoming) {
    int from = incoming ? graph.inFrom(hub) : graph.outFrom(hub);
    int to = incoming ? graph.inTo(hub) : graph.outTo(hub);
    int total = to - from;
    if (total < settings.fanMinimum()) {
      return new int[0];
    }
    long window = settings.fanWindow().toSeconds();
    double expected = (double) total * window / graph.span();
    int[] best = new int[0];
    int end = from;
    for (int start = from; start < to && to - start >= settings.fanMinimum(); start++) {
      long limit = tx.at(at(incoming, start)) + window;
      while (end < to && tx.at(at(incoming, end)) <= limit) {
        end++;
      }
      if (end - start < settings.fanMinimum() || end - start <= best.length) {
        continue;
      }
      int[] band = similarBand(incoming, start, end);
      if (band.length <= best.length || band.length < settings.burstFactor() * expected) {
        continue;
      }
      Set<Integer> regulars = regulars(hub, band, incoming);
      int[] strangers = Arrays.stream(band).filter(t -> !regulars.contains(incoming ? tx.source(t) : tx.target(t))).toArray();
      if (regulars.size() * 2 < distinct(band, incoming) && distinct(strangers, incoming) >= settings.fanMinimum()) {
        best = strangers;
      }
    }
    return Arrays.stream(best).boxed().sorted((a, b) -> Integer.compare(graph.place(a), graph.place(b))).mapToInt(Integer::intValue).toArray();
  }

  private int at(boolean incoming, int k) {
    return incoming ? graph.in(k) : graph.out(k);
  }

  /** The most transactions in the window whose amounts lie within the similarity ratio of each other. */
  private int[] similarBand(boolean incoming, int start, int end) {
    int n = end - start;
    Integer[] sorted = new Integer[n];
    for (int k = 0; k < n; k++) {
      sorted[k] = at(incoming, start + k);
    }
    Arrays.sort(sorted, (a, b) -> Long.compare(tx.cents(a), tx.cents(b)));
    int bestFrom = 0;
    int bestLength = 0;
    int hi = 0;
    for (int lo = 0; lo < n; lo++) {
      while (hi < n && tx.cents(sorted[hi]) <= tx.cents(sorted[lo]) * settings.similarAmounts()) {
        hi++;
      }
      if (hi - lo > bestLength) {
        bestLength = hi - lo;
        bestFrom = lo;
      }
    }
    int[] band = new int[bestLength];
    for (int k = 0; k < bestLength; k++) {
      band[k] = sorted[bestFrom + k];
    }
    return band;
  }

  private int distinct(int[] burst, boolean incoming) {
    return (int) Arrays.stream(burst).map(t -> incoming ? tx.source(t) : tx.target(t)).distinct().count();
  }

  /**
   * The burst's counterparts that also trade with the hub in the same direction outside the burst's
   * window: customers who come back, employees paid every month. When they are half or more, the
   * burst is a relationship; otherwise they are left out of it.
   */
  private Set<Integer> regulars(int hub, int[] band, boolean incoming) {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int t : band) {
      first = Math.min(first, tx.at(t));
      last = Math.max(last, tx.at(t));
    }
    long window = settings.fanWindow().toSeconds();
    Set<Integer> regulars = new HashSet<>();
    int[] seen = Arrays.stream(band).map(t -> incoming ? tx.source(t) : tx.target(t)).distinct().toArray();
    for (int other : seen) {
      int from = incoming ? graph.outFrom(other) : graph.inFrom(other);
      int to = incoming ? graph.outTo(other) : graph.inTo(other);
      for (int k = from; k < to && to - from < 10_000; k++) {
        int t = incoming ? graph.out(k) : graph.in(k);
        int party = incoming ? tx.target(t) : tx.source(t);
        if (party == hub && (tx.at(t) < first - window || tx.at(t) > last + window)) {
          regulars.add(other);
          break;
        }
      }
    }
    return regulars;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
