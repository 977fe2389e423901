package cn.deltalink.fraudanalysis.internal.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Cash-withdrawal clusters: many withdrawals from one account within the cash window, stronger when
 * they happen in several cities and when fresh money paid for them (what arrived in the day before
 * was withdrawn at once).
 */
final class CashDetector {

  static final double BASE = 0.4;
  static final double CITIES = 0.15;
  static final double FRESH = 0.15;

  private final TransactionGraph graph;
  private final Transactions tx;
  private final DetectorSettings settings;

  CashDetector(TransactionGraph graph, DetectorSettings settings) {
    this.graph = graph;
    this.tx = graph.transactions();
    this.settings = settings;
  }

  void detect(Findings findings) {
    long window = settings.cashWindow().toSeconds();
    for (int account = 0; account < graph.accounts(); account++) {
      int[] cash = Arrays.stream(range(account)).filter(tx::cash).toArray();
      if (cash.length < settings.cashMinimum()) {
        continue;
      }
      int bestStart = 0;
      int bestLength = 0;
      int end = 0;
      for (int start = 0; start < cash.length; start++) {
        while (end < cash.length && tx.at(cash[end]) <= tx.at(cash[start]) + window) {
          end++;
        }
        if (end - start > bestLength) {
          bestLength = end - start;
          bestStart = start;
        }
      }
      if (bestLength < settings.cashMinimum()) {
        continue;
      }
      int[] cluster = Arrays.copyOfRange(cash, bestStart, bestStart + bestLength);
      Set<String> cities = new LinkedHashSet<>();
      long withdrawn = 0;
      for (int t : cluster) {
        String place = tx.branch(tx.target(t));
        cities.add(place == null ? tx.account(tx.target(t)) : city(place));
        withdrawn += tx.cents(t);
      }
      long fresh = 0;
      long from = tx.at(cluster[0]) - 86_400;
      for (int k = graph.firstInAtOrAfter(account, from); k < graph.inTo(account) && tx.at(graph.in(k)) <= tx.at(cluster[cluster.length - 1]); k++) {
        fresh += tx.cents(graph.in(k));
      }
      double strength = BASE + (cities.size() > 1 ? CITIES : 0) + (fresh >= withdrawn * 0.7 ? FRESH : 0);
      findings.add(new Finding(account, Pattern.CASH_CLUSTER, strength, cluster, cluster.length + " withdrawals in " + String.join(", ", cities)));
    }
  }

  private int[] range(int account) {
    int[] all = new int[graph.outDegree(account)];
    for (int k = 0; k < all.length; k++) {
      all[k] = graph.out(graph.outFrom(account) + k);
    }
    return all;
  }

  /** A division code's city: its first four digits, completed to six. */
  private static String city(String division) {
    return division.length() >= 4 && division.chars().allMatch(Character::isDigit) ? division.substring(0, 4) + "00" : division;
  }
}
