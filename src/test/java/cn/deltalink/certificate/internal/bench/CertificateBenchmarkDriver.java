package cn.deltalink.certificate.internal.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link CertificateBenchmark} in a forked JVM (docs/benchmarks.md has the command and the
 * figures). Not a test: its name matches none of the test patterns, so the normal build skips it.
 */
class CertificateBenchmarkDriver {

  @Test
  void runTheCertificateBenchmark() throws Exception {
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/benchmarks"));
    new Runner(new OptionsBuilder().include(CertificateBenchmark.class.getName()).result("target/benchmarks/certificate-jmh.txt").resultFormat(ResultFormatType.TEXT).build()).run();
  }
}
