package cn.deltalink.checkpoint.internal.matching.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link MatcherBenchmark} in a forked JVM (docs/benchmarks.md has the command and the figures).
 * Not a test: its name matches none of the test patterns, so the normal build skips it. Options:
 * {@code bench.keys} (10000000), {@code bench.only} (a method name: residentIds, plates or mixed),
 * {@code bench.seconds} (5, per warm-up and measured iteration).
 */
class MatcherBenchmarkDriver {

  @Test
  void runTheMatcherBenchmark() throws Exception {
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/benchmarks"));
    String only = System.getProperty("bench.only", "");
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(MatcherBenchmark.class.getName() + "\\." + (only.isEmpty() ? "" : only + "$"))
            .param("keys", System.getProperty("bench.keys", "10000000"))
            .result("target/benchmarks/matcher-jmh.txt")
            .resultFormat(ResultFormatType.TEXT);
    String seconds = System.getProperty("bench.seconds");
    if (seconds != null) {
      options.warmupTime(TimeValue.seconds(Long.parseLong(seconds))).measurementTime(TimeValue.seconds(Long.parseLong(seconds)));
    }
    new Runner(options.build()).run();
  }
}
