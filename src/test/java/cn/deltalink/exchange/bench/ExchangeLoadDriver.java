package cn.deltalink.exchange.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.exchange.CountingHandler;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.exchange.RunningNode;
import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Load driver for the exchange (not a test: surefire runs it only when named, see
 * docs/benchmarks.md). Starts a Jiangsu and a Shanghai node in this JVM, each with its own
 * embedded PostgreSQL and HTTP port, and sends signed messages from Jiangsu to Shanghai through
 * {@code Exchange.send} in transactions. Two phases:
 *
 * <ol>
 *   <li>throughput: {@code bench.messages} messages as fast as the senders can queue them; the rate
 *       is messages signed, stored in the outbox, delivered, verified, stored exactly once in the
 *       receiver's inbox, logged on both sides and acknowledged with a verified batch receipt, per
 *       second of wall time from the first send to the last verified receipt;
 *   <li>latency: {@code bench.rate} messages per second offered for {@code bench.seconds} seconds;
 *       latency is created-at (sender clock) to stored in the receiver's inbox (same machine, same
 *       clock), reported as p50 / p99 / max.
 * </ol>
 *
 * Only reports; it asserts nothing about time, only that every message arrived exactly once.
 */
class ExchangeLoadDriver {

  private static final int MESSAGES = Integer.getInteger("bench.messages", 20_000);
  private static final int WARMUP = Integer.getInteger("bench.warmup", 40_000);
  private static final int SENDERS = Integer.getInteger("bench.senders", 4);
  private static final int PER_TRANSACTION = Integer.getInteger("bench.per-transaction", 100);
  private static final int RATE = Integer.getInteger("bench.rate", 1_000);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
  /** Whether to report the database statements that took the most time in the throughput phase (pg_stat_statements). */
  private static final boolean STATEMENTS = Boolean.getBoolean("bench.statements");
  private static final String PAYLOAD = "{\"title\":\"协查通报 load test\",\"body\":\"" + "x".repeat(300) + "\",\"n\":";
  /** CPU nanoseconds of the sending threads (the callers of {@code Exchange.send}), which end between the phases. */
  private static final AtomicLong SENDING = new AtomicLong();

  @Test
  void measure() throws Exception {
    Path region = Files.createTempDirectory("deltalink-bench");
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    RunningNode.Spec sh = new RunningNode.Spec("SH", "31", RunningNode.freePort());
    Map<String, String> endpoints = RunningNode.endpoints(List.of(js, sh));
    // persistent data folders: PostgreSQL with fsync and synchronous commit on, as a node runs
    Map<String, String> quiet = Map.of("logging.level.root", "warn", "deltalink.db.pool-size", "16", "deltalink.exchange.poll-interval", "500ms", "deltalink.exchange.ping-interval", "10s",
        "deltalink.db.embedded-statement-statistics", Boolean.toString(STATEMENTS));
    CountingHandler shanghaiModule = new CountingHandler();
    try (RunningNode shanghai = RunningNode.start(sh, region, endpoints, quiet, shanghaiModule);
        RunningNode jiangsu = RunningNode.start(js, region, endpoints, quiet)) {
      StringBuilder report = new StringBuilder();
      report.append(String.format(Locale.ROOT, "machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version")));

      CpuMeter cpu = new CpuMeter(List.of(shanghai.bean(EmbeddedPostgres.class).getPort(), jiangsu.bean(EmbeddedPostgres.class).getPort()));
      report.append(String.format(Locale.ROOT, "load average before the run: %s", Files.readString(Path.of("/proc/loadavg"))));
      burst(jiangsu, WARMUP, 0);
      awaitAcknowledged(jiangsu, WARMUP);
      report.append("warm-up: " + WARMUP + " messages delivered\n");

      awaitProcessed(shanghai, WARMUP);
      Thread.sleep(1_000);
      double[] idleBefore = cpu.now();
      Map<String, Long> idleThreadsBefore = threadCpu();
      Thread.sleep(10_000);
      double[] idleAfter = cpu.now();
      report.append(String.format(Locale.ROOT, "idle (no traffic, 10 s): JVMs %.1f %% + PostgreSQL %.1f %% of one core%n", (idleAfter[0] - idleBefore[0]) * 10, (idleAfter[1] - idleBefore[1]) * 10));
      // ms over 10 s divided by 100 = % of one core; what the Java threads do not account for is the JIT compiler and the garbage collector
      report.append("  of which Java threads (% of one core): " + threadShares(idleThreadsBefore, threadCpu(), 100) + "\n");
      if (STATEMENTS) {
        for (RunningNode n : List.of(jiangsu, shanghai)) {
          n.superuserJdbc().execute("create extension if not exists pg_stat_statements");
          n.superuserJdbc().execute("select pg_stat_statements_reset()");
        }
      }
      double[] cpuBefore = cpu.now();
      Map<String, Long> threadsBefore = threadCpu();
      Map<String, Double> vmBefore = cpu.vmThreads();
      long sendingBefore = SENDING.get();
      String[] walBefore = {wal(jiangsu), wal(shanghai)};
      Map<String, Double> postgresBefore = cpu.postgresByKind();
      Instant start = Instant.now();
      burst(jiangsu, MESSAGES, 1_000_000);
      Instant queued = Instant.now();
      awaitAcknowledged(jiangsu, WARMUP + MESSAGES);
      Instant done = Instant.now();
      double seconds = (done.toEpochMilli() - start.toEpochMilli()) / 1000.0;
      report.append(String.format(Locale.ROOT, "throughput: %d messages, %d senders x %d per transaction: queued in %.2f s, all acknowledged after %.2f s = %.0f msg/s%n",
          MESSAGES, SENDERS, PER_TRANSACTION, (queued.toEpochMilli() - start.toEpochMilli()) / 1000.0, seconds, MESSAGES / seconds));
      awaitProcessed(shanghai, WARMUP + MESSAGES);
      double[] cpuAfter = cpu.now();
      double jvmMs = (cpuAfter[0] - cpuBefore[0]) * 1000 / MESSAGES;
      double pgMs = (cpuAfter[1] - cpuBefore[1]) * 1000 / MESSAGES;
      int cores = Runtime.getRuntime().availableProcessors();
      report.append(String.format(Locale.ROOT, "  CPU per message (both nodes, until handled at the receiver): JVMs %.3f ms + PostgreSQL %.3f ms = %.3f ms -> %.0f msg/s on %d idle cores%n",
          jvmMs, pgMs, jvmMs + pgMs, cores * 1000 / (jvmMs + pgMs), cores));
      Map<String, Long> threadsAfter = threadCpu();
      threadsAfter.put("senders (Exchange.send callers)", SENDING.get() - sendingBefore);
      cpu.vmThreads().forEach((group, cpuSeconds) -> threadsAfter.put(group, Math.round((cpuSeconds - vmBefore.getOrDefault(group, 0.0)) * 1e9)));
      Map<String, Long> postgresAfter = new TreeMap<>();
      cpu.postgresByKind().forEach((kind, cpuSeconds) -> postgresAfter.put(kind, Math.round((cpuSeconds - postgresBefore.getOrDefault(kind, 0.0)) * 1e9)));
      report.append("  PostgreSQL CPU by process (ms per message, both servers): " + threadShares(Map.of(), postgresAfter, MESSAGES) + "\n");
      report.append(String.format(Locale.ROOT, "  WAL written per message: sender %.0f bytes, receiver %.0f bytes%n", walSince(jiangsu, walBefore[0]) / MESSAGES, walSince(shanghai, walBefore[1]) / MESSAGES));
      report.append("  JVM CPU by thread group (ms per message): " + threadShares(threadsBefore, threadsAfter, MESSAGES) + "\n");
      if (STATEMENTS) {
        for (RunningNode n : List.of(jiangsu, shanghai)) {
          n.superuserJdbc().query("select calls, total_exec_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) from pg_stat_statements order by total_exec_time desc limit 14",
              rs -> { report.append(String.format(Locale.ROOT, "    STMT %6d calls %8.1f ms %7d rows %.4f ms/msg: %s%n", rs.getLong(1), rs.getDouble(2), rs.getLong(3), rs.getDouble(2) / MESSAGES, rs.getString(4))); });
        }
      }
      report.append(latency(shanghai, start, done, "  burst latency (includes queueing behind the burst)"));

      Instant paced = Instant.now();
      int pacedCount = paced(jiangsu, RATE, SECONDS);
      Instant pacedSent = Instant.now();
      awaitAcknowledged(jiangsu, WARMUP + MESSAGES + pacedCount);
      Instant pacedDone = Instant.now();
      report.append(String.format(Locale.ROOT, "latency at an offered %d msg/s for %d s (%d messages, sent in %.2f s):%n", RATE, SECONDS, pacedCount, (pacedSent.toEpochMilli() - paced.toEpochMilli()) / 1000.0));
      report.append(latency(shanghai, paced, pacedDone, "  created -> stored in receiver's inbox"));
      report.append(latencyParts(jiangsu, shanghai, paced, pacedDone));

      int total = WARMUP + MESSAGES + pacedCount;
      awaitProcessed(shanghai, total);
      // the driver's own messages only: a demo node also sends its demo alerts and trail heads
      assertThat(shanghai.jdbc().queryForObject("select count(*) from exchange_inbox where type = ?", Integer.class, CountingHandler.TYPE)).isEqualTo(total);
      assertThat(shanghaiModule.totalCalls()).isEqualTo(total);
      report.append(String.format(Locale.ROOT, "exactly once: %d sent, %d in the receiver's inbox, %d handler calls%n", total, total, shanghaiModule.totalCalls()));
      report.append(String.format(Locale.ROOT, "load average after the run: %s", Files.readString(Path.of("/proc/loadavg"))));
      System.out.print(report);
      Path out = Path.of("target", "benchmarks", "exchange.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    } finally {
      FileSystemUtils.deleteRecursively(region.toFile());
    }
  }

  private static void burst(RunningNode node, int count, int offset) throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    List<Future<?>> work = new ArrayList<>();
    int perSender = count / SENDERS;
    for (int s = 0; s < SENDERS; s++) {
      int first = offset + s * perSender;
      int size = s == SENDERS - 1 ? count - s * perSender : perSender;
      work.add(senders.submit(() -> {
        long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int done = 0; done < size; done += PER_TRANSACTION) {
          int from = first + done;
          int n = Math.min(PER_TRANSACTION, size - done);
          node.transaction().executeWithoutResult(t -> {
            for (int i = 0; i < n; i++) {
              node.exchange().send(message(from + i));
            }
          });
        }
        SENDING.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore);
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    senders.shutdown();
  }

  /**
   * Offers {@code rate} messages per second for {@code seconds}: two threads, each sending one
   * transaction per 50 ms slot, their slots 25 ms apart. Returns how many were sent.
   */
  private static int paced(RunningNode node, int rate, int seconds) throws Exception {
    int perSlot = Math.max(1, rate / 40);
    long slotNanos = 50_000_000L;
    long begin = System.nanoTime();
    ExecutorService senders = Executors.newFixedThreadPool(2);
    List<Future<Integer>> work = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int thread = t;
      work.add(senders.submit(() -> {
        int sent = 0;
        for (int slot = 0; slot < seconds * 20; slot++) {
          long wait = begin + slot * slotNanos + thread * slotNanos / 2 - System.nanoTime();
          if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
          }
          int from = 2_000_000 + thread * 1_000_000 + sent;
          node.transaction().executeWithoutResult(x -> {
            for (int i = 0; i < perSlot; i++) {
              node.exchange().send(message(from + i));
            }
          });
          sent += perSlot;
        }
        return sent;
      }));
    }
    int sent = 0;
    for (Future<Integer> f : work) {
      sent += f.get();
    }
    senders.shutdown();
    return sent;
  }

  /** CPU nanoseconds per thread group (digits in thread names folded), for the report. */
  private static Map<String, Long> threadCpu() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Long> groups = new TreeMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu > 0) {
          groups.merge(info.getThreadName().replaceAll("\\d+", "N"), cpu, Long::sum);
        }
      }
    }
    return groups;
  }

  private static String threadShares(Map<String, Long> before, Map<String, Long> after, int messages) {
    StringBuilder text = new StringBuilder();
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() / 1e6 / messages >= 0.01)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> text.append(String.format(Locale.ROOT, "%s %.2f; ", e.getKey(), e.getValue() / 1e6 / messages)));
    return text.toString();
  }

  private static OutgoingMessage message(int n) {
    return new OutgoingMessage(CountingHandler.TYPE, Recipients.of(NodeId.of("SH")), HandlingCode.H1, "exchange load test", AgencyCode.of("320000000000"), PAYLOAD + n + "}", null);
  }

  private static String latency(RunningNode receiver, Instant from, Instant to, String label) {
    return receiver.jdbc().queryForObject(
        """
        select percentile_cont(0.5) within group (order by ms), percentile_cont(0.99) within group (order by ms), max(ms), count(*)
        from (select extract(epoch from received_at - created_at) * 1000 as ms from exchange_inbox where created_at >= ? and created_at <= ?) l
        """,
        (rs, i) -> String.format(Locale.ROOT, "%s: p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d messages%n", label, rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4)),
        Timestamp.from(from),
        Timestamp.from(to));
  }

  /**
   * Where the latency goes: created -> picked by a delivery lane (the lane's transaction start,
   * kept as the delivery's last attempt) and picked -> stored at the receiver; and how many
   * envelopes the receiver took per request.
   */
  private static String latencyParts(RunningNode sender, RunningNode receiver, Instant from, Instant to) {
    Map<UUID, long[]> times = new HashMap<>();
    sender.jdbc().query(
        "select message_id, queued_at, last_attempt_at from exchange_delivery where queued_at >= ? and queued_at <= ? and attempts = 1",
        rs -> {
          times.put(rs.getObject(1, UUID.class), new long[] {micros(rs.getObject(2, OffsetDateTime.class)), micros(rs.getObject(3, OffsetDateTime.class)), 0});
        },
        Timestamp.from(from),
        Timestamp.from(to));
    Map<UUID, Integer> perRequest = new HashMap<>();
    receiver.jdbc().query(
        "select id, received_at, receipt_id from exchange_inbox where created_at >= ? and created_at <= ?",
        rs -> {
          long[] t = times.get(rs.getObject(1, UUID.class));
          if (t != null) {
            t[2] = micros(rs.getObject(2, OffsetDateTime.class));
          }
          perRequest.merge(rs.getObject(3, UUID.class), 1, Integer::sum);
        },
        Timestamp.from(from),
        Timestamp.from(to));
    List<long[]> complete = times.values().stream().filter(t -> t[2] > 0).toList();
    long[] waiting = complete.stream().mapToLong(t -> t[1] - t[0]).sorted().toArray();
    long[] carried = complete.stream().mapToLong(t -> t[2] - t[1]).sorted().toArray();
    int[] sizes = perRequest.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    return String.format(Locale.ROOT, "    created -> picked by a lane: p50 %.0f ms, p99 %.0f ms; picked -> stored: p50 %.0f ms, p99 %.0f ms (%d messages sent once)%n    envelopes per request: %d requests, median %d, max %d%n",
        percentile(waiting, 0.5) / 1000.0, percentile(waiting, 0.99) / 1000.0, percentile(carried, 0.5) / 1000.0, percentile(carried, 0.99) / 1000.0, complete.size(),
        sizes.length, sizes.length == 0 ? 0 : sizes[sizes.length / 2], sizes.length == 0 ? 0 : sizes[sizes.length - 1]);
  }

  private static String wal(RunningNode node) {
    return node.jdbc().queryForObject("select pg_current_wal_lsn()::text", String.class);
  }

  private static double walSince(RunningNode node, String lsn) {
    return node.jdbc().queryForObject("select pg_wal_lsn_diff(pg_current_wal_lsn(), cast(? as pg_lsn))", Double.class, lsn);
  }

  private static long micros(OffsetDateTime time) {
    return time.toEpochSecond() * 1_000_000 + time.getNano() / 1000;
  }

  private static long percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  /**
   * Waits until nothing is queued at the sender for Shanghai (cheap: the delivery table's partial
   * index), then checks the count. Only Shanghai's lane counts: a demo node also sends its demo
   * alerts and trail heads to the provinces that do not run here, which stay queued.
   */
  private static void awaitAcknowledged(RunningNode node, int expected) throws InterruptedException {
    awaitNone(node, "select exists (select 1 from exchange_delivery where peer = 'SH' and state in ('QUEUED', 'DELIVERED'))");
    awaitCount(node, "select count(*) from exchange_delivery where peer = 'SH' and state = 'ACKNOWLEDGED'", expected);
  }

  private static void awaitProcessed(RunningNode node, int expected) throws InterruptedException {
    awaitNone(node, "select exists (select 1 from exchange_inbox where state = 'RECEIVED')");
    awaitCount(node, "select count(*) from exchange_inbox where state <> 'RECEIVED'", expected);
  }

  /**
   * Polls a cheap question while the work goes on, so that the driver's own queries do not weigh on
   * the figures (a count over the whole table every 200 ms did).
   */
  private static void awaitNone(RunningNode node, String existsSql) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (Boolean.TRUE.equals(node.jdbc().queryForObject(existsSql, Boolean.class)) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  private static void awaitCount(RunningNode node, String sql, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (node.jdbc().queryForObject(sql, Integer.class) < expected) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not all messages arrived within 10 minutes: " + node.jdbc().queryForObject(sql, Integer.class) + " of " + expected);
      }
      Thread.sleep(200);
    }
  }

}
