package cn.deltalink.resolution.bench;

import cn.deltalink.resolution.LabelledPersons;
import cn.deltalink.resolution.PersonRecord;
import cn.deltalink.resolution.Resolution;
import cn.deltalink.resolution.internal.core.Resolver;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resolution of one batch from one thread: reading every record (ID, name with its pinyin keys),
 * blocking, comparing the candidate pairs and clustering, on the labelled set of
 * {@link LabelledPersons} ({@code persons} persons, about 2.2 records each). JMH reports batches per
 * second; records per second is that times the batch's records (printed by the driver).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ResolutionBenchmark {

  @Param({"10000"})
  public int persons;

  private List<PersonRecord> batch;
  private final Resolver resolver = new Resolver();

  @Setup
  public void generate() {
    batch = LabelledPersons.generate(persons, 2026_11_30L).stream().map(LabelledPersons.Labelled::record).toList();
  }

  @Benchmark
  public Resolution resolveBatch() {
    return resolver.resolve(batch);
  }
}
