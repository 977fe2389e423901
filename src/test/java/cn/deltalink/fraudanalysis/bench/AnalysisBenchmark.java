package cn.deltalink.fraudanalysis.bench;

import cn.deltalink.fraudanalysis.internal.generator.SyntheticTransactions;
import cn.deltalink.fraudanalysis.internal.model.AnalysisModel;
import cn.deltalink.fraudanalysis.internal.model.DetectorSettings;
import cn.deltalink.fraudanalysis.internal.model.Evaluation;
import cn.deltalink.fraudanalysis.internal.model.Transactions;
import java.time.LocalDate;

/**
 * Not a test: generates a data set, analyses it and prints time, heap and quality (docs/benchmarks.md).
 * Arguments: people, days, groups of each typology, seed.
 */
public final class AnalysisBenchmark {

  private AnalysisBenchmark() {}

  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int groups = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 20_261_130L;
    Transactions tx = new Transactions();
    long t0 = System.nanoTime();
    SyntheticTransactions.Truth truth =
        SyntheticTransactions.generate(seed, new SyntheticTransactions.Size(people, days, groups, Math.max(10, people / 200), Math.max(4, people / 500), LocalDate.of(2026, 9, 1)),
            row -> tx.add(row.from(), row.to(), row.cents(), row.at().getEpochSecond(), row.cash(), row.laundering(), row.typology(), row.fromBranch(), row.toBranch()));
    long t1 = System.nanoTime();
    System.gc();
    long before = used();
    AnalysisModel.Result result = AnalysisModel.analyse(tx, DetectorSettings.defaults(), p -> {});
    long t2 = System.nanoTime();
    long after = used();
    System.out.printf("rows %,d accounts %,d generated in %.1f s; analysed in %.1f s; heap used %d MB (graph ~%d MB)%n", tx.size(), tx.accountCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
        after / 1_048_576, result.graph().approximateBytes() / 1_048_576);
    Evaluation e = result.evaluation();
    if (e != null) {
      System.out.printf("overall precision %.3f recall %.3f F1 %.3f (%s)%n", e.overall().precision(), e.overall().recall(), e.overall().f1(), e.overall());
      e.typologies().forEach(t -> System.out.printf("  %-15s precision %.3f recall %.3f F1 %.3f%n", t.name(), t.counts().precision(), t.counts().recall(), t.counts().f1()));
    }
    long legitimateFlagged = truth.merchants().stream().filter(a -> result.scores().flagged(tx.accountId(a))).count()
        + truth.employers().stream().filter(a -> result.scores().flagged(tx.accountId(a))).count();
    System.out.printf("merchants and employers at or above the threshold: %d of %d; networks %d; heap before %d MB%n", legitimateFlagged, truth.merchants().size() + truth.employers().size(),
        result.networks().size(), before / 1_048_576);
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
