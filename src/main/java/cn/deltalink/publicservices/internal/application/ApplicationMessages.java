package cn.deltalink.publicservices.internal.application;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages of an application between nodes: the intake window submits it (with its materials) to
 * the competent node; the window supplies more material; the competent node sends every new version
 * to the other nodes involved; the origin of a transfer reports its move-out.
 */
@Component
public class ApplicationMessages {

  public static final String SUBMITTED = "publicservices.application-submitted";
  public static final String MATERIAL_SUPPLIED = "publicservices.material-supplied";
  public static final String UPDATED = "publicservices.application-updated";
  public static final String MOVED_OUT = "publicservices.moved-out";
  public static final String PURPOSE = "跨省通办";

  /** A material as it travels. */
  public record Material(String name, byte[] content) {}

  /** {@code publicservices.application-submitted}: the application as taken, with its materials. */
  public record Submitted(Application application, List<Material> materials) {}

  /** {@code publicservices.material-supplied}: more material from the intake window. */
  public record MaterialSupplied(TrackingNumber trackingNumber, List<Material> materials) {}

  /** {@code publicservices.moved-out}: the origin moved the person out (or could not, with the reason), signed. */
  public record MovedOut(TrackingNumber trackingNumber, boolean done, @org.jspecify.annotations.Nullable String reason, Instant at, String by, String signature) {}

  private final JsonMapper json;

  ApplicationMessages(JsonMapper json) {
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
