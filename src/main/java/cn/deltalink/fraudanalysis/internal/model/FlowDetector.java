package cn.deltalink.fraudanalysis.internal.model;

import java.util.Arrays;

/**
 * Layering chains and rapid pass-through. A transaction "moves on" when the account it paid hands
 * most of it on within the pass-through window; chains of such hops are measured forward and backward
 * through every transaction in one pass each over the time order. An account is a pass-through when
 * most of the money it received moved on that fast and its balance stayed near zero.
 */
final class FlowDetector {

  static final double CHAIN = 0.6;
  static final double CHAIN_END = 0.45;
  static final double PASS_THROUGH = 0.45;
  private static final int LONGEST = 30;

  private final TransactionGraph graph;
  private final Transactions tx;
  private final DetectorSettings settings;
  private final long window;
  /** Hops from the transaction onward (itself included), and the next hop on the longest way. */
  private final byte[] ahead;
  private final int[] nextHop;
  /** Hops up to and including the transaction, and the hop before it on the longest way. */
  private final byte[] behind;
  private final int[] previousHop;

  FlowDetector(TransactionGraph graph, DetectorSettings settings) {
    this.graph = graph;
    this.tx = graph.transactions();
    this.settings = settings;
    this.window = settings.passThroughWindow().toSeconds();
    this.ahead = new byte[tx.size()];
    this.nextHop = new int[tx.size()];
    this.behind = new byte[tx.size()];
    this.previousHop = new int[tx.size()];
  }

  void detect(Findings findings) {
    measureAhead();
    measureBehind();
    for (int account = 0; account < graph.accounts(); account++) {
      if (!tx.cashPoint(account)) {
        chain(findings, account);
        passThrough(findings, account);
      }
    }
  }

  private void measureAhead() {
    Arrays.fill(nextHop, -1);
    for (int k = tx.size() - 1; k >= 0; k--) {
      int t = graph.inTimeOrder(k);
      ahead[t] = 1;
      int here = tx.target(t);
      if (tx.cash(t) || tx.cashPoint(here)) {
        continue;
      }
      long moved = 0;
      int best = -1;
      for (int j = graph.firstOutAtOrAfter(here, tx.at(t)); j < graph.outTo(here); j++) {
        int next = graph.out(j);
        if (tx.at(next) > tx.at(t) + window) {
          break;
        }
        if (graph.place(next) <= graph.place(t) || tx.cents(next) > tx.cents(t) * 1.05) {
          continue;
        }
        moved += tx.cents(next);
        if (best < 0 || ahead[next] > ahead[best]) {
          best = next;
        }
      }
      if (best >= 0 && moved >= tx.cents(t) * settings.passThroughShare()) {
        ahead[t] = (byte) Math.min(LONGEST, ahead[best] + 1);
        nextHop[t] = best;
      }
    }
  }

  private void measureBehind() {
    Arrays.fill(previousHop, -1);
    for (int k = 0; k < tx.size(); k++) {
      int t = graph.inTimeOrder(k);
      behind[t] = 1;
      int here = tx.source(t);
      for (int j = graph.firstInAtOrAfter(here, tx.at(t) - window); j < graph.inTo(here); j++) {
        int before = graph.in(j);
        if (graph.place(before) >= graph.place(t)) {
          break;
        }
        if (nextHop[before] < 0 || tx.cents(t) > tx.cents(before) * 1.05) {
          continue;
        }
        if (behind[before] + 1 > behind[t]) {
          behind[t] = (byte) Math.min(LONGEST, behind[before] + 1);
          previousHop[t] = before;
        }
      }
    }
  }

  /** The longest chain through the account as a go-between, when it has enough hops. */
  private void chain(Findings findings, int account) {
    int bestIn = -1;
    int bestLength = 0;
    for (int k = graph.inFrom(account); k < graph.inTo(account); k++) {
      int t = graph.in(k);
      int length = behind[t] + ahead[t] - 1;
      if (length > bestLength) {
        bestLength = length;
        bestIn = t;
      }
    }
    if (bestIn < 0 || bestLength < settings.chainMinimum()) {
      return;
    }
    int[] hops = path(bestIn, bestLength);
    boolean goBetween = nextHop[bestIn] >= 0;
    findings.add(new Finding(account, Pattern.LAYERING_CHAIN, goBetween ? CHAIN : CHAIN_END, hops, hops.length + " hops, " + (goBetween ? "handed on within minutes" : "the chain ends here")));
  }

  private int[] path(int through, int length) {
    int[] hops = new int[length];
    int first = through;
    while (previousHop[first] >= 0) {
      first = previousHop[first];
    }
    int n = 0;
    for (int t = first; t >= 0 && n < length; t = nextHop[t]) {
      hops[n++] = t;
    }
    return Arrays.copyOf(hops, n);
  }

  private void passThrough(Findings findings, int account) {
    long received = 0;
    long movedOn = 0;
    int handedOn = 0;
    long holding = 0;
    for (int k = graph.inFrom(account); k < graph.inTo(account); k++) {
      int t = graph.in(k);
      received += tx.cents(t);
      if (nextHop[t] >= 0) {
        movedOn += tx.cents(t);
        handedOn++;
        holding += tx.at(nextHop[t]) - tx.at(t);
      }
    }
    long paid = 0;
    for (int k = graph.outFrom(account); k < graph.outTo(account); k++) {
      paid += tx.cents(graph.out(k));
    }
    if (received == 0 || handedOn == 0 || movedOn < received * settings.passThroughShare() || paid < received * 0.8 || paid > received * 1.1) {
      return;
    }
    int[] behindIt = new int[handedOn * 2];
    int n = 0;
    for (int k = graph.inFrom(account); k < graph.inTo(account) && n < behindIt.length; k++) {
      int t = graph.in(k);
      if (nextHop[t] >= 0) {
        behindIt[n++] = t;
        behindIt[n++] = nextHop[t];
      }
    }
    long minutes = holding / handedOn / 60;
    findings.add(new Finding(account, Pattern.RAPID_PASS_THROUGH, PASS_THROUGH, behindIt, Math.round(100.0 * movedOn / received) + "% handed on, after " + minutes + " min on average, balance near zero"));
  }
}
