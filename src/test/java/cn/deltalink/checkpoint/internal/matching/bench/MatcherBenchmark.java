package cn.deltalink.checkpoint.internal.matching.bench;

import cn.deltalink.checkpoint.internal.matching.AlertIndex;
import cn.deltalink.checkpoint.internal.matching.AlertKey;
import cn.deltalink.checkpoint.internal.matching.AlertKeys;
import cn.deltalink.checkpoint.internal.matching.Candidate;
import cn.deltalink.checkpoint.internal.matching.Read;
import cn.deltalink.identity.VehiclePlate;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checks per second of one thread against an index of {@code keys} alert keys, half resident ID
 * numbers and half plates (one key per alert, the shape of a national wanted list), in a JVM capped
 * at 1.5 GB of heap (with transparent huge pages, as a node holding a national replica should run:
 * the tables are read at random). One or two reads in a hundred concern a listed alert, some 500 times the
 * share of hits in the Schengen Information System (1,100 hits in 41 million searches a day). Each benchmark method cycles through 2^20 prepared reads:
 *
 * <ul>
 *   <li>{@code residentIds}: 99 % unlisted numbers, 0.7 % listed 18-character, 0.3 % listed read as
 *       the 15-digit first-generation number;
 *   <li>{@code plates}: 98 % unlisted plates (one in ten with a camera mistake), 0.8 % listed read
 *       exactly, 0.8 % listed with one or two confused characters, 0.4 % listed without the province;
 *   <li>{@code mixed}: the two alternating, as a checkpoint sees people and vehicles.
 * </ul>
 *
 * <p>The machine is shared, so beside JMH's wall-clock figure each iteration reports checks per
 * second of the checking thread's own CPU time ({@code target/benchmarks/matcher-cpu.txt}): the
 * rate one core gives when the thread has it to itself.
 *
 * <p>The setup reports the heap the index retains (used heap after full collections, before and after
 * building it) in {@code target/benchmarks/matcher-heap.txt}. Run through {@link MatcherBenchmarkDriver}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1536m", "-Xmx1536m", "-XX:+UseTransparentHugePages"})
public class MatcherBenchmark {

  private static final int READS = 1 << 20;
  private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  private static final String DELTA = "苏沪浙皖";
  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String FIRST_LETTERS = "ABCDEFGHJKLMN";
  private static final String CONFUSED_FROM = "0DQ8B2Z5S176G";
  private static final String CONFUSED_TO = "DQ0B8Z2S57I1G6";
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  @Param("10000000")
  public int keys;

  private AlertIndex index;
  private Read[] idReads;
  private Read[] plateReads;
  private Read[] mixedReads;
  private long cursor;
  private long iterationCpu;
  private long iterationChecks;

  @Setup(Level.Trial)
  public void build() throws IOException {
    long before = usedHeapAfterCollection();
    index = new AlertIndex(keys);
    for (int i = 0; i < keys; i++) {
      SplittableRandom r = new SplittableRandom(i);
      AlertKey key = i % 2 == 0 ? new AlertKey.ResidentId(residentId(r)) : new AlertKey.Plate(new VehiclePlate(plate(r)));
      index.put(AlertKeys.of(new UUID(r.nextLong(), r.nextLong()), 1, key));
    }
    long retained = usedHeapAfterCollection() - before;
    String report =
        String.format(
            "matcher index: %,d alerts, %,d keys; heap retained %,d MB (used heap after full collections, before and after building); arrays %,d MB%n",
            index.alerts(), index.keys(), retained >> 20, index.footprintBytes() >> 20);
    System.out.print(report);
    Files.createDirectories(Path.of("target/benchmarks"));
    Files.writeString(Path.of("target/benchmarks/matcher-heap.txt"), report);

    SplittableRandom reads = new SplittableRandom(42);
    idReads = new Read[READS];
    plateReads = new Read[READS];
    mixedReads = new Read[READS];
    for (int n = 0; n < READS; n++) {
      idReads[n] = idRead(reads);
      plateReads[n] = plateRead(reads);
      mixedReads[n] = n % 2 == 0 ? idReads[n] : plateReads[n];
    }
  }

  @Setup(Level.Iteration)
  public void startIteration() {
    iterationCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    iterationChecks = cursor;
  }

  @TearDown(Level.Iteration)
  public void endIteration(BenchmarkParams params) throws IOException {
    double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - iterationCpu) / 1e9;
    long checks = cursor - iterationChecks;
    String line = String.format("%s keys=%d: %,d checks in %.2f s of thread CPU: %,.0f checks per CPU second%n", params.getBenchmark().replaceAll(".*\\.", ""), keys, checks, cpuSeconds, checks / cpuSeconds);
    System.out.print(line);
    Files.writeString(Path.of("target/benchmarks/matcher-cpu.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  @Benchmark
  public List<Candidate> residentIds() {
    return index.check(idReads[(int) (cursor++ & (READS - 1))]);
  }

  @Benchmark
  public List<Candidate> plates() {
    return index.check(plateReads[(int) (cursor++ & (READS - 1))]);
  }

  @Benchmark
  public List<Candidate> mixed() {
    return index.check(mixedReads[(int) (cursor++ & (READS - 1))]);
  }

  private Read idRead(SplittableRandom r) {
    int kind = r.nextInt(1000);
    if (kind >= 10) {
      return Read.Person.byResidentId(residentId(r));
    }
    String listed = residentId(new SplittableRandom(2L * r.nextInt(keys / 2)));
    return Read.Person.byResidentId(kind < 7 ? listed : listed.substring(0, 6) + listed.substring(8, 17));
  }

  private Read plateRead(SplittableRandom r) {
    int kind = r.nextInt(1000);
    if (kind >= 20) {
      String other = plate(r);
      return new Read.Vehicle(r.nextInt(10) == 0 ? confused(other, 1, r) : other, 0.9);
    }
    String listed = plate(new SplittableRandom(2L * r.nextInt(keys / 2) + 1));
    if (kind < 8) {
      return new Read.Vehicle(listed, 0.9);
    }
    if (kind < 16) {
      return new Read.Vehicle(confused(listed, 1 + r.nextInt(2), r), 0.8);
    }
    return new Read.Vehicle(listed.substring(1), 0.7);
  }

  /** The plate with up to {@code count} characters replaced by what cameras read them as. */
  private static String confused(String plate, int count, SplittableRandom r) {
    char[] chars = plate.toCharArray();
    for (int n = 0, tries = 0; n < count && tries < 20; tries++) {
      int place = 1 + r.nextInt(chars.length - 1);
      int from = CONFUSED_FROM.indexOf(chars[place]);
      if (from >= 0) {
        chars[place] = CONFUSED_TO.charAt(from);
        n++;
      }
    }
    return new String(chars);
  }

  private static String residentId(SplittableRandom r) {
    StringBuilder id = new StringBuilder(18);
    id.append(String.format("%02d%02d%02d", 11 + r.nextInt(55), 1 + r.nextInt(20), 1 + r.nextInt(30)));
    id.append(String.format("%04d%02d%02d", 1940 + r.nextInt(66), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    id.append(String.format("%03d", r.nextInt(1000)));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return id.append("10X98765432".charAt(sum % 11)).toString();
  }

  private static String plate(SplittableRandom r) {
    StringBuilder p = new StringBuilder(8);
    p.append(r.nextInt(10) < 7 ? pick(DELTA, r) : pick(PROVINCES, r));
    p.append(r.nextInt(10) < 9 ? pick(FIRST_LETTERS, r) : pick(LETTERS, r));
    int kind = r.nextInt(100);
    if (kind < 10) {
      p.append(pick("DF", r)).append(r.nextBoolean() ? pick(LETTERS, r) : (char) ('0' + r.nextInt(10)));
      for (int i = 0; i < 4; i++) {
        p.append((char) ('0' + r.nextInt(10)));
      }
    } else if (kind < 15) {
      for (int i = 0; i < 5; i++) {
        p.append((char) ('0' + r.nextInt(10)));
      }
      p.append(pick("DF", r));
    } else {
      for (int i = 0; i < 5; i++) {
        p.append(r.nextInt(10) < 7 ? (char) ('0' + r.nextInt(10)) : pick(LETTERS, r));
      }
    }
    return p.toString();
  }

  private static char pick(String from, SplittableRandom r) {
    return from.charAt(r.nextInt(from.length()));
  }

  private static long usedHeapAfterCollection() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
