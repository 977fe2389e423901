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
  /** How many times what came in around a payment an account may pay out in the window and still count as handing it on. */
  private static final double KEPT_BALANCE = 2;

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
      long paidOut = 0;
      int best = -1;
      for (int j = graph.firstOutAtOrAfter(here, tx.at(t)); j < graph.outTo(here); j++) {
        int next = graph.out(j);
        if (tx.at(next) > tx.at(t) + window) {
          break;
        }
        paidOut += tx.cents(next);
        if (graph.place(next) <= graph.place(t) || tx.cents(next) > tx.cents(t) * 1.05) {
          continue;
        }
        moved += tx.cents(next);
        if (best < 0 || ahead[next] > ahead[best]) {
          best = next;
        }
      }
      if (best >= 0 && moved >= tx.cents(t) * settings.passThroughShare() && !paidFromKeptBalance(here, tx.at(t), paidOut)) {
        ahead[t] = (byte) Math.min(LONGEST, ahead[best] + 1);
        nextHop[t] = best;
      }
    }
  }

  /**
   * Whether the account paid out far more in the window than reached it around that time: then the
   * payments came out of a balance it keeps (a payroll paid from a month's takings, a shop paying its
   * suppliers), not from the money that just arrived. A go-between holds nothing and can only hand on
   * what comes in.
   */
  private boolean paidFromKeptBalance(int account, long at, long paidOut) {
    long cameIn = 0;
    for (int k = graph.firstInAtOrAfter(account, at - window); k < graph.inTo(account); k++) {
      int t = graph.in(k);
      if (tx.at(t) > at + window) {
        break;
      }
      cameIn += tx.cents(t);
    }
    return paidOut > cameIn * KEPT_BALANCE;
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
    boolean goBetween = nextHop[bestIn] >= 0;
    if (!goBetween && regularPayer(tx.source(bestIn), account, tx.at(bestIn))) {
      return;
    }
    int[] hops = path(bestIn, bestLength);
    findings.add(new Finding(account, Pattern.LAYERING_CHAIN, goBetween ? CHAIN : CHAIN_END, hops, hops.length + " hops, " + (goBetween ? "handed on within minutes" : "the chain ends here")));
  }

  /**
   * Whether the payer also pays the account well apart from this payment (more than the fan window
   * before or after): a customer paying its shop, or a person paying family, at the end of what only
   * looks like a chain. Money that ends its way at a mule's account arrives from a stranger.
   */
  private boolean regularPayer(int payer, int account, long at) {
    long apart = settings.fanWindow().toSeconds();
    int from = graph.outFrom(payer);
    int to = graph.outTo(payer);
    for (int k = from; k < to && to - from < 10_000; k++) {
      int t = graph.out(k);
      if (tx.target(t) == account && Math.abs(tx.at(t) - at) > apart) {
        return true;
      }
    }
    return false;
  }

  /** The hops of the longest chain through the given transaction: back to its start, then on to its end. */
  private int[] path(int through, int length) {
    int[] hops = new int[length];
    int n = 0;
    for (int t = previousHop[through]; t >= 0 && n < length; t = previousHop[t]) {
      hops[n++] = t;
    }
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      int swap = hops[i];
      hops[i] = hops[j];
      hops[j] = swap;
    }
    for (int t = through; t >= 0 && n < length; t = nextHop[t]) {
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
