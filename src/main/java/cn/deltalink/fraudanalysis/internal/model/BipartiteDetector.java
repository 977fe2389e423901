package cn.deltalink.fraudanalysis.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bipartite groups and stacks of them (AMLSim's "bipartite" and "stack"): several payers each pay
 * the same several payees within the fan window. Found by counting, for every pair of payees, the
 * payers that paid both in one burst; payees that share enough payers form a group.
 */
final class BipartiteDetector {

  static final double STRENGTH = 0.7;
  /** A payer with more payees than this in the window is a business paying its suppliers, not a group member. */
  private static final int WIDE = 12;

  private final TransactionGraph graph;
  private final Transactions tx;
  private final DetectorSettings settings;

  BipartiteDetector(TransactionGraph graph, DetectorSettings settings) {
    this.graph = graph;
    this.tx = graph.transactions();
    this.settings = settings;
  }

  void detect(Findings findings) {
    long window = settings.fanWindow().toSeconds();
    Map<Long, List<int[]>> sharedPayers = new HashMap<>();
    for (int payer = 0; payer < graph.accounts(); payer++) {
      int from = graph.outFrom(payer);
      int to = graph.outTo(payer);
      if (to - from < 2) {
        continue;
      }
      for (int i = from; i < to; i++) {
        int a = graph.out(i);
        if (tx.cash(a)) {
          continue;
        }
        int reach = 0;
        for (int j = i + 1; j < to && tx.at(graph.out(j)) <= tx.at(a) + window; j++) {
          reach++;
        }
        if (reach > WIDE) {
          continue;
        }
        for (int j = i + 1; j < to && tx.at(graph.out(j)) <= tx.at(a) + window; j++) {
          int b = graph.out(j);
          int x = tx.target(a);
          int y = tx.target(b);
          if (tx.cash(b) || x == y || !similar(a, b)) {
            continue;
          }
          long key = x < y ? ((long) x << 32) | y : ((long) y << 32) | x;
          sharedPayers.computeIfAbsent(key, k -> new ArrayList<>(2)).add(new int[] {payer, a, b});
        }
      }
    }
    Map<Integer, Set<Integer>> links = new HashMap<>();
    Map<Integer, Set<Integer>> transactions = new HashMap<>();
    sharedPayers.forEach((key, list) -> {
      long payers = list.stream().mapToInt(p -> p[0]).distinct().count();
      if (payers < settings.bipartiteMinimum()) {
        return;
      }
      int x = (int) (key >>> 32);
      int y = (int) (key & 0xFFFF_FFFFL);
      links.computeIfAbsent(x, k -> new HashSet<>()).add(y);
      links.computeIfAbsent(y, k -> new HashSet<>()).add(x);
      for (int[] p : list) {
        transactions.computeIfAbsent(x, k -> new HashSet<>()).add(p[1]);
        transactions.computeIfAbsent(x, k -> new HashSet<>()).add(p[2]);
        transactions.computeIfAbsent(y, k -> new HashSet<>()).add(p[1]);
        transactions.computeIfAbsent(y, k -> new HashSet<>()).add(p[2]);
      }
    });
    links.forEach((payee, others) -> {
      if (others.size() + 1 < settings.bipartiteMinimum()) {
        return;
      }
      int[] behind = burst(transactions.get(payee).stream().mapToInt(Integer::intValue).filter(t -> tx.target(t) == payee).toArray());
      double expected = (double) graph.inDegree(payee) * settings.fanWindow().toSeconds() / graph.span();
      if (payersOf(behind) < settings.bipartiteMinimum() || behind.length < settings.burstFactor() * expected || recurring(payee, behind)) {
        return; // a busy shop paid by regular customers, not a group's burst
      }
      String detail = "paid by the same " + payersOf(behind) + " payers as " + others.size() + " other accounts";
      findings.add(new Finding(payee, Pattern.BIPARTITE, STRENGTH, behind, detail));
      for (int t : behind) {
        findings.add(new Finding(tx.source(t), Pattern.BIPARTITE, STRENGTH, new int[] {t}, "pays a group of " + (others.size() + 1) + " accounts paid by the same payers"));
      }
    });
  }

  /** The most of these payments that fall within one fan window, in time order. */
  private int[] burst(int[] payments) {
    int[] sorted = java.util.Arrays.stream(payments).boxed().sorted(java.util.Comparator.comparingInt(graph::place)).mapToInt(Integer::intValue).toArray();
    long window = settings.fanWindow().toSeconds();
    int bestFrom = 0;
    int bestLength = 0;
    int end = 0;
    for (int start = 0; start < sorted.length; start++) {
      while (end < sorted.length && tx.at(sorted[end]) <= tx.at(sorted[start]) + window) {
        end++;
      }
      if (end - start > bestLength) {
        bestLength = end - start;
        bestFrom = start;
      }
    }
    return java.util.Arrays.copyOfRange(sorted, bestFrom, bestFrom + bestLength);
  }

  /** Whether half the payers of the burst also pay the payee more than a window before or after it (regular customers). */
  private boolean recurring(int payee, int[] burst) {
    long window = settings.fanWindow().toSeconds();
    long first = tx.at(burst[0]);
    long last = tx.at(burst[burst.length - 1]);
    int[] payers = java.util.Arrays.stream(burst).map(tx::source).distinct().toArray();
    int recurring = 0;
    for (int payer : payers) {
      for (int k = graph.outFrom(payer); k < graph.outTo(payer); k++) {
        int t = graph.out(k);
        if (tx.target(t) == payee && (tx.at(t) < first - window || tx.at(t) > last + window)) {
          recurring++;
          break;
        }
      }
    }
    return recurring * 2 >= payers.length;
  }

  private int payersOf(int[] behind) {
    return (int) java.util.Arrays.stream(behind).map(tx::source).distinct().count();
  }

  private boolean similar(int a, int b) {
    long small = Math.min(tx.cents(a), tx.cents(b));
    long large = Math.max(tx.cents(a), tx.cents(b));
    return large <= small * settings.similarAmounts();
  }
}
