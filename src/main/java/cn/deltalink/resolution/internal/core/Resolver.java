package cn.deltalink.resolution.internal.core;

import cn.deltalink.resolution.Match;
import cn.deltalink.resolution.PersonRecord;
import cn.deltalink.resolution.Resolution;
import cn.deltalink.resolution.ResolvedPerson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a batch: reads each record, brings records together by their blocking keys, compares the
 * pairs that share a key, and joins matching pairs into persons, strongest match first. Two records
 * join only if the persons they are in do not hold two different valid ID numbers, so that a chain of
 * weak matches (namesakes born on the same day) cannot merge two card holders.
 */
public final class Resolver {

  /** A block larger than this (a phone shared by a whole call centre) is left out: it would cost pairs, not find persons. */
  static final int LARGEST_BLOCK = 200;

  public Resolution resolve(List<PersonRecord> records) {
    Map<String, NameReading> names = new HashMap<>();
    List<Features> features = new ArrayList<>(records.size());
    Set<String> ids = new HashSet<>();
    for (PersonRecord r : records) {
      if (!ids.add(r.recordId())) {
        throw new IllegalArgumentException("recordId " + r.recordId() + " appears twice in the batch");
      }
      features.add(Features.of(r, names));
    }
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      for (String key : BlockingKeys.of(features.get(i))) {
        List<Integer> block = blocks.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (block.isEmpty() || block.get(block.size() - 1).intValue() != i) {
          block.add(i);
        }
      }
    }
    Set<Long> compared = new HashSet<>();
    List<Scored> matches = new ArrayList<>();
    for (List<Integer> block : blocks.values()) {
      if (block.size() < 2 || block.size() > LARGEST_BLOCK) {
        continue;
      }
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int i = block.get(x);
          int j = block.get(y);
          if (!compared.add(((long) Math.min(i, j) << 32) | Math.max(i, j))) {
            continue;
          }
          List<Match.Reason> reasons = Comparing.reasons(features.get(i), features.get(j));
          int score = Comparing.score(reasons);
          if (score >= Match.THRESHOLD) {
            matches.add(new Scored(Math.min(i, j), Math.max(i, j), score, reasons));
          }
        }
      }
    }
    return new Resolution(records.size(), compared.size(), cluster(features, matches));
  }

  private record Scored(int a, int b, int score, List<Match.Reason> reasons) {}

  private static List<ResolvedPerson> cluster(List<Features> features, List<Scored> matches) {
    int n = features.size();
    int[] parent = new int[n];
    String[] cardOf = new String[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      IdReading id = features.get(i).id();
      cardOf[i] = id != null && id.checks() ? id.body() : null;
    }
    matches.sort(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::a).thenComparingInt(Scored::b));
    List<Scored> joined = new ArrayList<>();
    for (Scored m : matches) {
      int ra = root(parent, m.a());
      int rb = root(parent, m.b());
      if (ra == rb) {
        joined.add(m);
        continue;
      }
      if (cardOf[ra] != null && cardOf[rb] != null && !cardOf[ra].equals(cardOf[rb])) {
        continue;
      }
      parent[rb] = ra;
      cardOf[ra] = cardOf[ra] != null ? cardOf[ra] : cardOf[rb];
      joined.add(m);
    }
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
    }
    Map<Integer, List<Match>> matchesOf = new HashMap<>();
    for (Scored m : joined) {
      matchesOf.computeIfAbsent(root(parent, m.a()), r -> new ArrayList<>())
          .add(new Match(features.get(m.a()).record().recordId(), features.get(m.b()).record().recordId(), m.score(), m.reasons()));
    }
    List<ResolvedPerson> persons = new ArrayList<>(members.size());
    for (Map.Entry<Integer, List<Integer>> person : members.entrySet()) {
      List<Features> of = person.getValue().stream().map(features::get).toList();
      persons.add(new ResolvedPerson(card(of), name(of), of.stream().map(f -> f.record().recordId()).toList(), matchesOf.getOrDefault(person.getKey(), List.of())));
    }
    return persons;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static @Nullable String card(List<Features> of) {
    return of.stream().map(Features::id).filter(id -> id != null && id.checks()).map(IdReading::value).findFirst().orElse(null);
  }

  private static @Nullable String name(List<Features> of) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    String first = null;
    for (Features f : of) {
      if (f.name() != null) {
        first = first == null ? f.name().written() : first;
        if (f.name().han()) {
          counts.merge(f.name().standard(), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(first);
  }
}
