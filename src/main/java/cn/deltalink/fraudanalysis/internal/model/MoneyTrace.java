package cn.deltalink.fraudanalysis.internal.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows a victim's money downstream from the payee accounts: from each account reached, every
 * payment made after the money arrived (and within the trace window) leads on, up to a number of hops.
 * Each account reached keeps the path that reached it first, so the warning can show the money's way.
 */
public final class MoneyTrace {

  /** An account the money reached, with the transactions from a payee account to it, in order. */
  public record Reached(int account, int[] path) {}

  private MoneyTrace() {}

  /**
   * @param payees the accounts the victim paid
   * @param paidAt when the victim paid (epoch seconds); payments a little earlier count too, as bank clocks differ
   * @param window how long after the payment money is followed
   * @param hops the most hops followed from a payee
   */
  public static List<Reached> downstream(TransactionGraph graph, List<Integer> payees, long paidAt, long window, int hops) {
    Transactions tx = graph.transactions();
    long slack = 3_600;
    Map<Integer, int[]> paths = new HashMap<>();
    Map<Integer, Long> arrived = new HashMap<>();
    Deque<Integer> queue = new ArrayDeque<>();
    for (int payee : payees) {
      if (!paths.containsKey(payee)) {
        paths.put(payee, new int[0]);
        arrived.put(payee, paidAt - slack);
        queue.add(payee);
      }
    }
    long until = paidAt + window;
    while (!queue.isEmpty()) {
      int account = queue.poll();
      int[] path = paths.get(account);
      if (path.length >= hops || tx.cashPoint(account)) {
        continue;
      }
      for (int k = graph.firstOutAtOrAfter(account, arrived.get(account)); k < graph.outTo(account); k++) {
        int t = graph.out(k);
        if (tx.at(t) > until) {
          break;
        }
        int next = tx.target(t);
        if (paths.containsKey(next)) {
          continue;
        }
        int[] longer = java.util.Arrays.copyOf(path, path.length + 1);
        longer[path.length] = t;
        paths.put(next, longer);
        arrived.put(next, tx.at(t));
        queue.add(next);
      }
    }
    List<Reached> reached = new ArrayList<>();
    paths.forEach((account, path) -> reached.add(new Reached(account, path)));
    return reached;
  }
}
