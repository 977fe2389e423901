package cn.deltalink.checkpoint.internal.hits;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages of a hit between the checkpoint's node and the issuer's: the hit itself (urgent, to
 * the issuer's duty desk), the issuer's receipt with the deadline (so both sides show one clock), its
 * decision, and the checkpoint's outcome.
 */
@Component
public class HitMessages {

  public static final String HIT = "checkpoint.hit";
  public static final String RECEIVED = "checkpoint.hit-received";
  public static final String DECIDED = "checkpoint.hit-decided";
  public static final String OUTCOME = "checkpoint.hit-outcome";
  public static final String PURPOSE = "查控比中";

  /** {@code checkpoint.hit-received}: the clock started at the issuer. */
  public record Received(UUID hitId, Instant receivedAt, Instant confirmBy, Instant remindAt) {}

  /** {@code checkpoint.hit-decided}: confirmed or not-valid, when and by whom. */
  public record Decided(UUID hitId, String decision, Instant at, String by) {}

  /** {@code checkpoint.hit-outcome}: what the checkpoint did. */
  public record OutcomeRecorded(UUID hitId, String outcome, Instant at, String by) {}

  private final JsonMapper json;

  HitMessages(JsonMapper json) {
    this.json = json;
  }

  public String write(Object payload) {
    return json.writeValueAsString(payload);
  }

  public <T> T read(String payload, Class<T> type) {
    try {
      return json.readValue(payload, type);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The payload is not a valid " + type.getSimpleName() + " message: " + e.getOriginalMessage(), e);
    }
  }
}
