package cn.deltalink.fraudanalysis.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate gangs: flagged accounts joined by money between them or by a shared device, IP or phone,
 * each group with its money flow — what came in from outside, what moved between members, what left
 * as cash and where.
 */
public final class Networks {

  /** Money from one member to another, summed. */
  public record Flow(String from, String to, long cents, int transactions) {}

  /** One candidate gang, largest flow first. */
  public record Network(List<String> accounts, long enteredCents, int payersOutside, long cashCents, Map<String, Long> cashByPlace, List<Flow> flows) {}

  private static final int MOST_FLOWS = 200;

  private Networks() {}

  public static List<Network> of(TransactionGraph graph, RiskScores scores) {
    Transactions tx = graph.transactions();
    int n = graph.accounts();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int t = 0; t < tx.size(); t++) {
      if (!tx.cash(t) && scores.flagged(tx.source(t)) && scores.flagged(tx.target(t))) {
        union(parent, tx.source(t), tx.target(t));
      }
    }
    tx.sharedIdentifiers().values().forEach(users -> {
      List<Integer> flagged = users.stream().filter(scores::flagged).toList();
      for (int i = 1; i < flagged.size(); i++) {
        union(parent, flagged.get(0), flagged.get(i));
      }
    });
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int a = 0; a < n; a++) {
      if (scores.flagged(a)) {
        groups.computeIfAbsent(find(parent, a), r -> new ArrayList<>()).add(a);
      }
    }
    List<Network> networks = new ArrayList<>();
    for (List<Integer> members : groups.values()) {
      if (members.size() >= 2) {
        networks.add(network(graph, parent, members, find(parent, members.get(0))));
      }
    }
    networks.sort(Comparator.comparingLong((Network w) -> w.enteredCents() + w.flows().stream().mapToLong(Flow::cents).sum()).reversed());
    return networks;
  }

  private static Network network(TransactionGraph graph, int[] parent, List<Integer> members, int root) {
    Transactions tx = graph.transactions();
    Map<Long, long[]> flows = new HashMap<>();
    long entered = 0;
    java.util.Set<Integer> outside = new java.util.HashSet<>();
    long cash = 0;
    Map<String, Long> cashByPlace = new LinkedHashMap<>();
    for (int a : members) {
      for (int k = graph.inFrom(a); k < graph.inTo(a); k++) {
        int t = graph.in(k);
        if (find(parent, tx.source(t)) != root) {
          entered += tx.cents(t);
          outside.add(tx.source(t));
        }
      }
      for (int k = graph.outFrom(a); k < graph.outTo(a); k++) {
        int t = graph.out(k);
        int to = tx.target(t);
        if (tx.cash(t)) {
          cash += tx.cents(t);
          String place = tx.branch(to) == null ? tx.account(to) : tx.branch(to);
          cashByPlace.merge(place, tx.cents(t), Long::sum);
        } else if (find(parent, to) == root) {
          long[] sum = flows.computeIfAbsent(((long) a << 32) | to, key -> new long[2]);
          sum[0] += tx.cents(t);
          sum[1]++;
        }
      }
    }
    List<Flow> flowList = new ArrayList<>();
    flows.forEach((key, sum) -> flowList.add(new Flow(tx.account((int) (key >>> 32)), tx.account((int) (key & 0xFFFF_FFFFL)), sum[0], (int) sum[1])));
    flowList.sort(Comparator.comparingLong(Flow::cents).reversed());
    List<String> names = members.stream().map(tx::account).sorted().toList();
    return new Network(names, entered, outside.size(), cash, cashByPlace, flowList.size() > MOST_FLOWS ? flowList.subList(0, MOST_FLOWS) : flowList);
  }

  private static int find(int[] parent, int a) {
    while (parent[a] != a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
