package cn.deltalink.checkpoint.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The checkpoint module's settings ({@code deltalink.checkpoint.*}).
 *
 * @param lanes lanes given to each border station when it first becomes a checkpoint
 * @param maxBatch the most events one HTTP batch may carry (more is answered 413)
 * @param eventRetention how long passing events are kept (hits are kept with their alert)
 * @param confirmWithin the issuer's time to confirm a hit, per alert category slug (region configuration)
 * @param defaultConfirmWithin the time for categories not named in {@code confirmWithin}
 * @param clockInterval how often reminders, escalations and overdue marks are looked for
 * @param kafkaTopicPrefix camera feeds are read from the topic {@code <prefix><node id>}
 * @param kafkaConsumers consumer threads reading that topic (useful up to its partition count): two let
 *     one store a poll while the other waits for its commit to reach the disk
 */
@ConfigurationProperties("deltalink.checkpoint")
public record CheckpointSettings(
    @DefaultValue("4") int lanes,
    @DefaultValue("1000") int maxBatch,
    @DefaultValue("30d") Duration eventRetention,
    @DefaultValue Map<String, Duration> confirmWithin,
    @DefaultValue("60m") Duration defaultConfirmWithin,
    @DefaultValue("5s") Duration clockInterval,
    @DefaultValue("deltalink.camera-reads.") String kafkaTopicPrefix,
    @DefaultValue("2") int kafkaConsumers) {

  public CheckpointSettings {
    confirmWithin = confirmWithin == null || confirmWithin.isEmpty() ? Map.of("wanted-for-arrest", Duration.ofMinutes(10)) : Map.copyOf(confirmWithin);
    if (lanes < 1 || lanes > 64) {
      throw new IllegalArgumentException("deltalink.checkpoint.lanes must be between 1 and 64");
    }
    if (kafkaConsumers < 1 || kafkaConsumers > 64) {
      throw new IllegalArgumentException("deltalink.checkpoint.kafka-consumers must be between 1 and 64");
    }
    if (maxBatch < 1 || maxBatch > 100_000) {
      throw new IllegalArgumentException("deltalink.checkpoint.max-batch must be between 1 and 100000");
    }
  }

  /** How long the issuer has to confirm a hit on an alert of the category. */
  public Duration confirmWithin(String categorySlug) {
    return confirmWithin.getOrDefault(categorySlug, defaultConfirmWithin);
  }
}
