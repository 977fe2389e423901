package cn.deltalink.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.resolution.internal.core.Resolver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quality on the labelled set (docs/resolution.md): pairwise precision and recall of "these two
 * records are one person", and their F1, must reach 0.95. Measures quality, not time.
 */
class ResolutionQualityTest {

  /** Pairwise counts of one resolution against the labels. */
  record Quality(long truePairs, long foundPairs, long correctPairs) {
    double precision() {
      return foundPairs == 0 ? 1 : (double) correctPairs / foundPairs;
    }

    double recall() {
      return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    double f1() {
      return 2 * precision() * recall() / (precision() + recall());
    }

    static Quality of(List<LabelledPersons.Labelled> set, Resolution resolution) {
      Map<String, Integer> personOf = new HashMap<>();
      Map<Integer, Long> sizes = new HashMap<>();
      for (LabelledPersons.Labelled l : set) {
        personOf.put(l.record().recordId(), l.person());
        sizes.merge(l.person(), 1L, Long::sum);
      }
      long truePairs = sizes.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
      long found = 0;
      long correct = 0;
      for (ResolvedPerson p : resolution.persons()) {
        long k = p.recordIds().size();
        found += k * (k - 1) / 2;
        Map<Integer, Long> byLabel = new HashMap<>();
        p.recordIds().forEach(id -> byLabel.merge(personOf.get(id), 1L, Long::sum));
        correct += byLabel.values().stream().mapToLong(c -> c * (c - 1) / 2).sum();
      }
      return new Quality(truePairs, found, correct);
    }
  }

  @Test
  void records_of_five_thousand_persons_resolve_with_an_f1_of_at_least_095() {
    List<LabelledPersons.Labelled> set = LabelledPersons.generate(5_000, 2026_11_30L);

    Resolution resolution = new Resolver().resolve(set.stream().map(LabelledPersons.Labelled::record).toList());
    Quality quality = Quality.of(set, resolution);

    System.out.printf("records %d, comparisons %d, true pairs %d, found %d, correct %d: precision %.4f recall %.4f F1 %.4f%n",
        resolution.records(), resolution.comparisons(), quality.truePairs(), quality.foundPairs(), quality.correctPairs(), quality.precision(), quality.recall(), quality.f1());
    assertThat(quality.f1()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void on_the_harsh_profile_it_loses_recall_but_keeps_its_precision() {
    List<LabelledPersons.Labelled> set = LabelledPersons.generate(5_000, 2026_11_30L, LabelledPersons.Profile.HARSH);

    Quality quality = Quality.of(set, new Resolver().resolve(set.stream().map(LabelledPersons.Labelled::record).toList()));

    System.out.printf("harsh: precision %.4f recall %.4f F1 %.4f%n", quality.precision(), quality.recall(), quality.f1());
    assertThat(quality.precision()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void another_seed_reaches_it_too() {
    List<LabelledPersons.Labelled> set = LabelledPersons.generate(3_000, 7L);

    Quality quality = Quality.of(set, new Resolver().resolve(set.stream().map(LabelledPersons.Labelled::record).toList()));

    assertThat(quality.f1()).isGreaterThanOrEqualTo(0.95);
  }
}
