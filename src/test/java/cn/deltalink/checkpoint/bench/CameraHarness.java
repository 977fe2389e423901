package cn.deltalink.checkpoint.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The cameras and the Kafka cluster of {@link CameraFeedLoadDriver}, in a process of their own (the
 * driver starts it at a lower priority): in a deployment they run on other machines, and in the
 * node's JVM their threads and their compilations took the node's CPU. Starts an embedded KRaft
 * broker and a producer, then takes commands on standard input and answers on standard output in
 * lines that start with {@code HARNESS} (the broker's log goes there too):
 * <ul>
 *   <li>{@code CHECKPOINTS <code,code,...> <planted checkpoint> <planted plate>}
 *   <li>{@code PRODUCE <run> <count> <rate per second, 0: as fast as possible> <every n-th planted, 0: none>}:
 *       answers {@code SENT <id> <epoch micros>} per planted read, then {@code DONE}
 *   <li>{@code STOP}
 * </ul>
 */
public final class CameraHarness {

  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  private CameraHarness() {}

  public static void main(String[] args) throws Exception {
    int partitions = Integer.parseInt(args[0]);
    String topic = args[1];
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, partitions, topic);
    broker.afterPropertiesSet();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(), ProducerConfig.LINGER_MS_CONFIG, 2, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
            new StringSerializer(), new StringSerializer());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      say("BROKER " + broker.getBrokersAsString());
      List<String> checkpoints = List.of();
      String plantedAt = "";
      String plate = "";
      for (String line = in.readLine(); line != null && !line.equals("STOP"); line = in.readLine()) {
        String[] words = line.split(" ");
        if (words[0].equals("CHECKPOINTS")) {
          checkpoints = List.of(words[1].split(","));
          plantedAt = words[2];
          plate = words[3];
        } else if (words[0].equals("PRODUCE")) {
          produce(producer, topic, checkpoints, plantedAt, plate, words[1], Integer.parseInt(words[2]), Integer.parseInt(words[3]), Integer.parseInt(words[4]));
          say("DONE");
        }
      }
    } finally {
      broker.destroy();
    }
    System.exit(0);
  }

  /** Produces {@code count} reads, at {@code rate} per second (0: as fast as possible), every {@code plant}-th (0: none) of the planted plate. */
  private static void produce(KafkaProducer<String, String> producer, String topic, List<String> checkpoints, String plantedAt, String plate, String run, int count, int rate, int plant) {
    String at = Instant.now().toString();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      if (rate > 0) {
        // paced by the millisecond: the reads due within one go together, rather than a wake-up
        // for each of 20,000 reads a second
        long due = start + (long) i * 1_000_000_000L / rate;
        long ahead = due - System.nanoTime();
        if (ahead > 0) {
          LockSupport.parkNanos(Math.max(ahead, 1_000_000));
        }
      }
      boolean planted = plant > 0 && i % plant == plant - 1;
      String id = planted ? "p" + run + "-" + i : run + "-" + i;
      String read = planted ? plate : "苏" + (char) ('A' + i % 13) + Integer.toString(100_000 + i % 100_000).substring(1);
      String value = "{\"id\":\"" + id + "\",\"kind\":\"vehicle\",\"at\":\"" + at + "\",\"lane\":\"" + (1 + i % 4) + "\",\"plate\":\"" + read + "\",\"plateConfidence\":0.9}";
      if (planted) {
        say("SENT " + id + " " + epochMicros());
      }
      producer.send(new ProducerRecord<>(topic, planted ? plantedAt : checkpoints.get(i % checkpoints.size()), value));
    }
    producer.flush();
  }

  /** Microseconds since the epoch: comparable between two processes on one machine. */
  static long epochMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
  }

  private static void say(String line) {
    OUT.println("HARNESS " + line);
  }
}
