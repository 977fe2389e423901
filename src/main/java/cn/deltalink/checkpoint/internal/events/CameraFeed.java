package cn.deltalink.checkpoint.internal.events;

import cn.deltalink.checkpoint.internal.CheckpointClock;
import cn.deltalink.checkpoint.internal.CheckpointSettings;
import cn.deltalink.checkpoint.internal.stations.Checkpoint;

import cn.deltalink.platform.NodeSettings;
import cn.deltalink.platform.RequestRefused;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import jakarta.annotation.PreDestroy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Camera feeds from Apache Kafka (off unless {@code DELTALINK_KAFKA_BOOTSTRAP_SERVERS} is set): one
 * topic per node ({@code deltalink.camera-reads.<node id>}), each record keyed by its checkpoint's
 * code and holding one event (or {@code {"events": [...]}}), as the HTTP batch API takes them. Each
 * poll's records are stored in one transaction before the listener returns, and only then are the offsets committed
 * (batch acknowledgement): a node that stops mid-batch reads the batch again, and duplicates are
 * recognised by the events' ids. A record that cannot be read, or names no checkpoint here, goes to
 * the dead-letter table with the reason and never blocks its partition. Several consumers
 * ({@code deltalink.checkpoint.kafka-consumers}) share the topic's partitions; each stores its own
 * polls, so a checkpoint's events in different partitions may be stored in any order, as over HTTP.
 */
@Component
@ConditionalOnExpression("!'${deltalink.kafka.bootstrap-servers:}'.isBlank()")
public class CameraFeed {

  private static final Logger log = LoggerFactory.getLogger(CameraFeed.class);
  private static final Pattern CHECKPOINT_CODE = Pattern.compile("\\d{12}");

  private final ConcurrentMessageListenerContainer<String, String> container;
  private final IngestingEvents ingesting;
  private final DeadLetters deadLetters;
  private final CheckpointClock clock;
  private final JsonMapper json;
  private final TransactionTemplate transactions;
  private final int partSize;

  CameraFeed(
      @Value("${deltalink.kafka.bootstrap-servers}") String bootstrapServers,
      NodeSettings node,
      CheckpointSettings settings,
      IngestingEvents ingesting,
      DeadLetters deadLetters,
      CheckpointClock clock,
      JsonMapper json,
      TransactionTemplate transactions) {
    this.ingesting = ingesting;
    this.deadLetters = deadLetters;
    this.clock = clock;
    this.json = json;
    this.transactions = transactions;
    this.partSize = Math.min(settings.maxBatch(), 1000);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "deltalink-" + node.id());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.min(settings.maxBatch(), 1000));
    var factory = new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new StringDeserializer());
    ContainerProperties properties = new ContainerProperties(settings.kafkaTopicPrefix() + node.id());
    properties.setAckMode(ContainerProperties.AckMode.BATCH);
    properties.setMessageListener((BatchMessageListener<String, String>) this::take);
    this.container = new ConcurrentMessageListenerContainer<>(factory, properties);
    container.setConcurrency(settings.kafkaConsumers());
    log.info("Camera feed from Kafka {} topic {}", bootstrapServers, properties.getTopics()[0]);
  }

  /** Stores one poll's records; throwing (a database failure) leaves the offsets uncommitted, so the poll is read again. */
  public void take(List<ConsumerRecord<String, String>> records) {
    Map<String, List<JsonNode>> byCheckpoint = new LinkedHashMap<>();
    // the record each event came from, in the order of the events
    Map<String, List<ConsumerRecord<String, String>>> sources = new LinkedHashMap<>();
    for (ConsumerRecord<String, String> r : records) {
      try {
        String code = r.key() == null ? "" : r.key().strip();
        if (!CHECKPOINT_CODE.matcher(code).matches()) {
          throw new IllegalArgumentException("the record's key is not a checkpoint code (12 digits)");
        }
        JsonNode value = json.readTree(r.value() == null ? "" : r.value());
        List<JsonNode> events = new ArrayList<>();
        if (value.isObject() && value.has("events") && value.get("events").isArray()) {
          value.get("events").forEach(events::add);
        } else if (value.isObject()) {
          events.add(value);
        } else {
          throw new IllegalArgumentException("the record holds neither an event nor {\"events\": [...]}");
        }
        byCheckpoint.computeIfAbsent(code, c -> new ArrayList<>()).addAll(events);
        List<ConsumerRecord<String, String>> from = sources.computeIfAbsent(code, c -> new ArrayList<>());
        events.forEach(e -> from.add(r));
      } catch (JacksonException | IllegalArgumentException e) {
        dead(r, e instanceof JacksonException j ? "not JSON: " + j.getOriginalMessage() : e.getMessage());
      }
    }
    // one transaction for the whole poll: under a steady feed the polls are small, and a commit per
    // checkpoint in each had cost PostgreSQL more than the reads themselves
    transactions.executeWithoutResult(status -> store(byCheckpoint, sources));
  }

  private void store(Map<String, List<JsonNode>> byCheckpoint, Map<String, List<ConsumerRecord<String, String>>> sources) {
    for (var batch : byCheckpoint.entrySet()) {
      List<ConsumerRecord<String, String>> from = sources.get(batch.getKey());
      Checkpoint checkpoint;
      try {
        // asked before storing: a refusal thrown inside the poll's transaction would roll it all back
        checkpoint = ingesting.checkpoint(batch.getKey());
      } catch (RequestRefused refused) {
        from.stream().distinct().forEach(r -> dead(r, refused.getMessage()));
        continue;
      }
      for (int start = 0; start < batch.getValue().size(); start += partSize) {
        List<JsonNode> part = batch.getValue().subList(start, Math.min(batch.getValue().size(), start + partSize));
        IngestingEvents.BatchResult result = ingesting.ingest(checkpoint, part, "kafka");
        for (int i = 0; i < result.items().size(); i++) {
          IngestingEvents.ItemResult item = result.items().get(i);
          if (item.result().equals("refused")) {
            dead(from.get(start + i), "event " + item.id() + " refused: " + item.reason());
          }
        }
      }
    }
  }

  private void dead(ConsumerRecord<String, String> r, String reason) {
    log.warn("Camera read {}-{}@{} goes to the dead letters: {}", r.topic(), r.partition(), r.offset(), reason);
    deadLetters.add(r.topic(), r.partition(), r.offset(), r.key(), r.value(), reason, clock.now());
  }

  /** Reads once the node is ready: its checkpoints exist and the watchlist is loaded. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  public void start() {
    container.start();
  }

  @PreDestroy
  public void stop() {
    container.stop();
  }
}
