package cn.deltalink.exchange.bench;

import cn.deltalink.Eventually;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * CPU time spent by this JVM and by the embedded PostgreSQL servers it started (postmasters found
 * by their port, with their live and finished backends), read from /proc. On a machine shared with
 * other work the wall-clock rate says little; CPU seconds per message do not depend on the
 * neighbours and give the rate two idle cores would reach.
 */
public final class CpuMeter {

  private static final double TICKS = 100.0;

  private final List<Integer> postgresPorts;

  public CpuMeter(List<Integer> postgresPorts) {
    this.postgresPorts = postgresPorts;
  }

  /** CPU seconds so far: {jvm, postgres}. */
  public double[] now() {
    double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    return new double[] {jvm, postgresByKind().values().stream().mapToDouble(Double::doubleValue).sum()};
  }

  /**
   * CPU seconds of the PostgreSQL servers by kind of process, from their process titles:
   * connections ("backends"), the WAL writer, the checkpointer, the background writer, autovacuum
   * workers, and "ended" for children that have exited (autovacuum workers run and end; the
   * postmaster counts their time as its children's).
   */
  public Map<String, Double> postgresByKind() {
    Map<String, Double> kinds = new TreeMap<>();
    for (long postmaster : postmasters()) {
      long[] own = times(postmaster);
      kinds.merge("postmaster", (own[0] + own[1]) / TICKS, Double::sum);
      kinds.merge("ended", (own[2] + own[3]) / TICKS, Double::sum);
      for (long child : children(postmaster)) {
        String title = read(Path.of("/proc", Long.toString(child), "cmdline")).replace('\0', ' ');
        String kind = title.contains("autovacuum") ? "autovacuum" : title.contains("walwriter") || title.contains("wal writer") ? "WAL writer" : title.contains("checkpointer") ? "checkpointer"
            : title.contains("background writer") ? "background writer" : title.matches(".*\\d+\\.\\d+\\.\\d+\\.\\d+\\(\\d+\\).*|.*\\[local\\].*") ? "backends" : "other";
        long[] t = times(child);
        kinds.merge(kind, (t[0] + t[1]) / TICKS, Double::sum);
      }
    }
    return kinds;
  }

  /**
   * CPU seconds of this JVM's own threads that are not Java threads, by what they do: the JIT
   * compilers and the garbage collector (names as the JVM gives them, e.g. "C2 CompilerThre",
   * "GC Thread#0", "G1 Conc#0"). Threads that have ended are not counted.
   */
  public Map<String, Double> vmThreads() {
    return threads("self", name -> name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? "JIT compiler" : name.startsWith("GC ") || name.startsWith("G1 ") ? "garbage collector" : null);
  }

  /**
   * Waits until the JVM and the PostgreSQL servers together use less than a fifth of a core over a
   * second, at most {@code most}; answers whether they did. A demo node starts background work (the
   * fraud analysis imports and analyses a generated data set, about half a minute) that a measurement
   * must not count.
   */
  public boolean awaitQuiet(java.time.Duration most) {
    java.util.ArrayDeque<double[]> readings = new java.util.ArrayDeque<>();
    try {
      Eventually.until("the JVM and PostgreSQL quiet", () -> {
        double[] now = now();
        readings.addLast(new double[] {System.nanoTime() / 1e9, now[0] + now[1]});
        while (readings.size() > 1 && readings.getLast()[0] - readings.peekFirst()[0] > 1.2) {
          readings.removeFirst();
        }
        double[] first = readings.peekFirst();
        return readings.getLast()[0] - first[0] >= 1.0 && readings.getLast()[1] - first[1] < 0.2;
      }, most);
      return true;
    } catch (AssertionError notQuiet) {
      return false;
    }
  }

  /**
   * CPU seconds of this JVM's live Java threads, by name with the digits taken out
   * ("http-nio-#-exec-#"): which threads did the work when a broker, a producer and two nodes share
   * one JVM. Threads that have ended are not counted.
   */
  public static Map<String, Double> javaThreads() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Double> groups = new TreeMap<>();
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      long nanos = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
      if (nanos > 0) {
        groups.merge(info.getThreadName().replaceAll("\\d+", "#"), nanos / 1e9, Double::sum);
      }
    }
    return groups;
  }

  /** What each group used between two readings of {@link #javaThreads()}, largest first. */
  public static Map<String, Double> used(Map<String, Double> before, Map<String, Double> after) {
    Map<String, Double> used = new java.util.LinkedHashMap<>();
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
        .filter(e -> e.getValue() > 0.05)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> used.put(e.getKey(), e.getValue()));
    return used;
  }

  private List<Long> postmasters() {
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      return procs
          .filter(p -> p.getFileName().toString().matches("\\d+"))
          .filter(p -> {
            String cmd = read(p.resolve("cmdline")).replace('\0', ' ');
            return cmd.contains("postgres") && postgresPorts.stream().anyMatch(port -> cmd.contains("-p " + port + " ") || cmd.endsWith("-p " + port + " "));
          })
          .map(p -> Long.parseLong(p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static List<Long> children(long parent) {
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      return procs.filter(p -> p.getFileName().toString().matches("\\d+")).filter(p -> parentOf(p).equals(Long.toString(parent))).map(p -> Long.parseLong(p.getFileName().toString())).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String parentOf(Path proc) {
    String[] f = stat(proc);
    return f.length > 3 ? f[3] : "";
  }

  /** CPU seconds of another process so far, e.g. a load driver's harness. */
  public static double processSeconds(long pid) {
    long[] t = times(pid);
    return (t[0] + t[1]) / TICKS;
  }

  /** CPU seconds of another process's threads so far, by thread name with the digits taken out (Linux truncates names to 15 characters). */
  public static Map<String, Double> processThreads(long pid) {
    return threads(Long.toString(pid), name -> name.replaceAll("\\d+", "#"));
  }

  /** CPU seconds of the live threads of process {@code pid} ("self": this one), summed by the group their name falls in (null: not counted). */
  private static Map<String, Double> threads(String pid, Function<String, @Nullable String> group) {
    Map<String, Double> groups = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", pid, "task"))) {
      tasks.forEach(task -> {
        String name = group.apply(read(task.resolve("comm")).trim());
        String[] f = stat(task);
        if (name != null && f.length > 14) {
          groups.merge(name, (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS, Double::sum);
        }
      });
    } catch (IOException e) {
      return groups;
    }
    return groups;
  }

  /** utime, stime, cutime, cstime in clock ticks. */
  private static long[] times(long pid) {
    String[] f = stat(Path.of("/proc", Long.toString(pid)));
    if (f.length < 17) {
      return new long[4];
    }
    return new long[] {Long.parseLong(f[13]), Long.parseLong(f[14]), Long.parseLong(f[15]), Long.parseLong(f[16])};
  }

  /** The fields of /proc/pid/stat, the command name (which may hold spaces) counted as one. */
  private static String[] stat(Path proc) {
    String text = read(proc.resolve("stat"));
    int close = text.lastIndexOf(')');
    if (close < 0) {
      return new String[0];
    }
    String[] rest = text.substring(close + 2).trim().split(" ");
    String[] fields = new String[rest.length + 2];
    fields[0] = text.substring(0, text.indexOf(' '));
    fields[1] = "comm";
    System.arraycopy(rest, 0, fields, 2, rest.length);
    return fields;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
