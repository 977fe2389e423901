package cn.deltalink.resolution.bench;

import cn.deltalink.resolution.LabelledPersons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ResolutionBenchmark} and turns batches per second into records per second, written to
 * {@code target/benchmarks/resolution.txt}. Matches none of the test name patterns: run it by name
 * ({@code -Dtest=ResolutionBenchmarkDriver}); it asserts nothing about time.
 */
class ResolutionBenchmarkDriver {

  @Test
  void run() throws Exception {
    int persons = Integer.getInteger("bench.persons", 10_000);
    Files.createDirectories(Path.of("target/benchmarks"));
    int records = LabelledPersons.generate(persons, 2026_11_30L).size();
    Collection<RunResult> results =
        new Runner(new OptionsBuilder().include(ResolutionBenchmark.class.getName()).param("persons", String.valueOf(persons)).output("target/benchmarks/resolution-jmh.txt").build()).run();
    StringBuilder report = new StringBuilder();
    for (RunResult r : results) {
      double batches = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      report.append(String.format("batch of %d records (%d persons): %.2f ± %.2f batches/s = %.0f ± %.0f records/s%n", records, persons, batches, error, batches * records, error * records));
    }
    // The machine is shared: the checking thread's own CPU time gives the rate of one core it has to itself.
    java.util.List<cn.deltalink.resolution.PersonRecord> batch = LabelledPersons.generate(persons, 2026_11_30L).stream().map(LabelledPersons.Labelled::record).toList();
    cn.deltalink.resolution.internal.core.Resolver resolver = new cn.deltalink.resolution.internal.core.Resolver();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 20; i++) {
      resolver.resolve(batch);
    }
    long cpu = threads.getCurrentThreadCpuTime();
    int rounds = 20;
    for (int i = 0; i < rounds; i++) {
      resolver.resolve(batch);
    }
    double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    report.append(String.format("thread CPU time: %.0f records per CPU second (%d rounds of %d records)%n", rounds * (double) records / seconds, rounds, records));
    Files.writeString(Path.of("target/benchmarks/resolution.txt"), report.toString());
    System.out.print(report);
  }
}
