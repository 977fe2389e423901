package cn.deltalink.checkpoint;

import static cn.deltalink.alert.ApiCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.alert.ApiCalls;
import cn.deltalink.exchange.RunningNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.FileSystemUtils;

/**
 * Camera reads through Kafka (spring-kafka's embedded KRaft broker in this JVM): good reads are stored
 * and checked, a poison record goes to the dead letters with its reason without blocking the
 * partition, and the offsets are committed past all of them once they are stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CameraFeedTest {

  private static final String TOPIC = "deltalink.camera-reads.JS";
  private static final String HAIYONG = "320614510000";

  private EmbeddedKafkaKraftBroker broker;
  private Path region;
  private RunningNode jiangsu;

  @BeforeAll
  void startBrokerAndNode() throws Exception {
    broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
    broker.afterPropertiesSet();
    region = Files.createTempDirectory("deltalink-kafka");
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    jiangsu = RunningNode.start(js, region, RunningNode.endpoints(List.of(js)), Map.of("deltalink.kafka.bootstrap-servers", broker.getBrokersAsString()));
  }

  @AfterAll
  void stop() {
    if (jiangsu != null) {
      jiangsu.close();
    }
    if (broker != null) {
      broker.destroy();
    }
    FileSystemUtils.deleteRecursively(region.toFile());
  }

  @Test
  void goodReadsAreStoredAndCheckedPoisonGoesToTheDeadLettersAndOffsetsAreCommittedPastAll() throws Exception {
    HttpResponse<String> alert = ApiCalls.at(jiangsu.url(), "investigator").post("/api/v1/alerts", """
        {"kind": "vehicle", "category": "stolen", "vehicle": {"plate": "苏F6L211"}, "reason": "车辆被盗", "validUntil": "2099-01-01"}
        """);
    assertThat(alert.statusCode()).as(alert.body()).isEqualTo(201);
    String now = Instant.now().toString();
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()), new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(TOPIC, HAIYONG, "{\"id\": \"k-1\", \"kind\": \"vehicle\", \"at\": \"" + now + "\", \"plate\": \"苏F6L211\", \"plateConfidence\": 0.93}"));
      producer.send(new ProducerRecord<>(TOPIC, HAIYONG, "{\"id\": \"k-2\", \"kind\": \"vehi"));
      producer.send(new ProducerRecord<>(TOPIC, "not-a-checkpoint", "{\"id\": \"k-3\", \"kind\": \"vehicle\", \"at\": \"" + now + "\", \"plate\": \"苏A12345\"}"));
      producer.send(new ProducerRecord<>(TOPIC, HAIYONG, "{\"id\": \"k-4\", \"kind\": \"bicycle\", \"at\": \"" + now + "\"}"));
      producer.send(new ProducerRecord<>(TOPIC, HAIYONG, "{\"events\": [{\"id\": \"k-5\", \"kind\": \"vehicle\", \"at\": \"" + now + "\", \"plate\": \"苏A12345\"}]}"));
      // twelve digits, but no checkpoint of this node: refused before the poll's transaction stores the rest
      producer.send(new ProducerRecord<>(TOPIC, "320999510000", "{\"id\": \"k-6\", \"kind\": \"vehicle\", \"at\": \"" + now + "\", \"plate\": \"苏A12345\"}"));
      producer.flush();
    }

    await(Duration.ofSeconds(90), () -> count("select count(*) from checkpoint_event where source = 'kafka'") == 2 && count("select count(*) from checkpoint_dead_letter") == 4);
    assertThat(jiangsu.jdbc().queryForList("select reason from checkpoint_dead_letter order by kafka_offset", String.class))
        .satisfiesExactly(r -> assertThat(r).startsWith("not JSON"), r -> assertThat(r).contains("checkpoint code"), r -> assertThat(r).contains("kind"),
            r -> assertThat(r).isEqualTo("No checkpoint 320999510000 at this node"));
    assertThat(count("select count(*) from checkpoint_hit where event_id = 'k-1'")).isEqualTo(1);
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
      await(Duration.ofSeconds(60), () -> committed(admin) == 6);
    }
  }

  private long count(String sql) {
    Long n = jiangsu.jdbc().queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }

  private static long committed(Admin admin) {
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("deltalink-JS").partitionsToOffsetAndMetadata().get();
      OffsetAndMetadata offset = offsets.get(new TopicPartition(TOPIC, 0));
      return offset == null ? -1 : offset.offset();
    } catch (Exception e) {
      return -1;
    }
  }
}
