package cn.deltalink.fraudanalysis.internal.analysis;

import cn.deltalink.fraudanalysis.internal.model.RiskScores;
import cn.deltalink.fraudanalysis.internal.model.TransactionGraph;
import cn.deltalink.fraudanalysis.internal.model.Transactions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An account's neighbourhood for the analyst's graph: the accounts within a few hops over
 * transactions in a time range, each with its score, and the transactions between them with amounts
 * and times. Busy accounts are not expanded further, so a merchant does not pull in all its customers.
 */
final class Neighbourhood {

  record Node(String account, int score, @Nullable String branch, boolean cashPoint, int hops) {}

  record Edge(String from, String to, BigDecimal amount, Instant at, boolean cash) {}

  record View(String account, int score, Instant from, Instant to, List<Node> nodes, List<Edge> edges, boolean truncated) {}

  static final int MOST_NODES = 150;
  static final int MOST_EDGES = 600;
  /** An account with more transactions than this in the range is shown but not expanded. */
  private static final int BUSY = 60;

  private Neighbourhood() {}

  static View of(TransactionGraph graph, RiskScores scores, int centre, int depth, long from, long to) {
    Transactions tx = graph.transactions();
    Map<Integer, Integer> hops = new LinkedHashMap<>();
    hops.put(centre, 0);
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(centre);
    List<Edge> edges = new ArrayList<>();
    java.util.Set<Integer> seenTx = new java.util.HashSet<>();
    boolean truncated = false;
    while (!queue.isEmpty()) {
      int account = queue.poll();
      int level = hops.get(account);
      List<Integer> inRange = new ArrayList<>();
      for (int k = graph.firstOutAtOrAfter(account, from); k < graph.outTo(account) && tx.at(graph.out(k)) <= to; k++) {
        inRange.add(graph.out(k));
      }
      for (int k = graph.firstInAtOrAfter(account, from); k < graph.inTo(account) && tx.at(graph.in(k)) <= to; k++) {
        inRange.add(graph.in(k));
      }
      if (account != centre && inRange.size() > BUSY) {
        truncated = true;
        continue;
      }
      for (int t : inRange) {
        if (!seenTx.add(t)) {
          continue;
        }
        int other = tx.source(t) == account ? tx.target(t) : tx.source(t);
        if (!hops.containsKey(other)) {
          if (hops.size() >= MOST_NODES) {
            truncated = true;
            continue;
          }
          hops.put(other, level + 1);
          if (level + 1 < depth && !tx.cashPoint(other)) {
            queue.add(other);
          }
        }
        if (edges.size() < MOST_EDGES) {
          edges.add(new Edge(tx.account(tx.source(t)), tx.account(tx.target(t)), BigDecimal.valueOf(tx.cents(t), 2), Instant.ofEpochSecond(tx.at(t)), tx.cash(t)));
        } else {
          truncated = true;
        }
      }
    }
    List<Node> nodes = new ArrayList<>();
    hops.forEach((a, h) -> nodes.add(new Node(tx.account(a), scores.of(a), tx.branch(a), tx.cashPoint(a), h)));
    return new View(tx.account(centre), scores.of(centre), Instant.ofEpochSecond(from), Instant.ofEpochSecond(to), nodes, edges, truncated);
  }
}
