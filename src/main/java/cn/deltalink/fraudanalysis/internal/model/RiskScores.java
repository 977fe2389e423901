package cn.deltalink.fraudanalysis.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The score 0–100 per account: the findings combined as independent pieces of evidence (the chance
 * that none of them speaks for laundering is multiplied out), so a single weak sign stays low and
 * several signs add up. A second round adds {@link Pattern#RISKY_COUNTERPARTIES} for accounts that
 * hand money from one account already above the threshold on to another within the fan window.
 */
public final class RiskScores {

  static final double COUNTERPARTIES = 0.4;

  private final TransactionGraph graph;
  private final Findings findings;
  private final int[] scores;
  private final int threshold;
  private final long fanWindow;

  RiskScores(TransactionGraph graph, Findings findings, DetectorSettings settings) {
    this.graph = graph;
    this.fanWindow = settings.fanWindow().toSeconds();
    int threshold = settings.warningThreshold();
    this.findings = findings;
    this.threshold = threshold;
    this.scores = new int[graph.accounts()];
    for (int a = 0; a < scores.length; a++) {
      scores[a] = combine(findings.of(a));
    }
    addRiskyCounterparties();
  }

  static int combine(List<Finding> list) {
    double none = 1;
    for (Finding f : list) {
      none *= 1 - f.strength();
    }
    return (int) Math.round(100 * (1 - none));
  }

  private void addRiskyCounterparties() {
    Transactions tx = graph.transactions();
    List<Finding> added = new ArrayList<>();
    for (int a = 0; a < scores.length; a++) {
      if (scores[a] >= threshold || tx.cashPoint(a)) {
        continue;
      }
      int[] through = throughRiskyHands(a);
      if (through.length > 0) {
        added.add(new Finding(a, Pattern.RISKY_COUNTERPARTIES, COUNTERPARTIES, through, "hands money from " + tx.account(tx.source(through[0])) + " on to " + tx.account(tx.target(through[1]))));
      }
    }
    for (Finding f : added) {
      findings.add(f);
      scores[f.account()] = combine(findings.of(f.account()));
    }
  }

  /** A payment from a flagged account and, within the fan window, at least half of it paid on to another flagged account; or none. */
  private int[] throughRiskyHands(int a) {
    Transactions tx = graph.transactions();
    long window = fanWindow;
    for (int k = graph.inFrom(a); k < graph.inTo(a); k++) {
      int in = graph.in(k);
      if (scores[tx.source(in)] < threshold) {
        continue;
      }
      for (int j = graph.firstOutAtOrAfter(a, tx.at(in)); j < graph.outTo(a) && tx.at(graph.out(j)) <= tx.at(in) + window; j++) {
        int out = graph.out(j);
        if (!tx.cash(out) && tx.target(out) != tx.source(in) && scores[tx.target(out)] >= threshold && tx.cents(out) * 2 >= tx.cents(in)) {
          return new int[] {in, out};
        }
      }
    }
    return new int[0];
  }

  public int of(int account) {
    return scores[account];
  }

  public List<Finding> reasons(int account) {
    return findings.of(account);
  }

  public int threshold() {
    return threshold;
  }

  public boolean flagged(int account) {
    return scores[account] >= threshold && !graph.transactions().cashPoint(account);
  }
}
