package cn.deltalink.casework.internal.assistance;

import cn.deltalink.region.Divisions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * How long a receiving agency has to answer, per urgency, and when both sides are reminded: region
 * configuration ({@code region/<key>/casework.properties}), so another region sets its own.
 */
@Component
public class Deadlines {

  /** The times to answer and the reminder share of one region. */
  public record Times(Map<Urgency, Duration> toAnswer, double reminderAt) {

    public Times {
      toAnswer = Map.copyOf(toAnswer);
      if (toAnswer.size() != Urgency.values().length || toAnswer.values().stream().anyMatch(d -> d.isNegative() || d.isZero())) {
        throw new IllegalArgumentException("Every urgency needs a positive time to answer");
      }
      if (!(reminderAt > 0 && reminderAt < 1)) {
        throw new IllegalArgumentException("The reminder comes after a share of the time between 0 and 1");
      }
    }

    public Instant dueAt(Urgency urgency, Instant receivedAt) {
      return receivedAt.plus(toAnswer.get(urgency));
    }

    public Instant remindAt(Urgency urgency, Instant receivedAt) {
      return receivedAt.plusMillis((long) (toAnswer.get(urgency).toMillis() * reminderAt));
    }
  }

  private final Times times;

  Deadlines(Divisions divisions) {
    this.times = read("region/" + divisions.region().key() + "/casework.properties");
  }

  public Times times() {
    return times;
  }

  static Times read(String resource) {
    Properties p = new Properties();
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("The region's case work settings " + resource + " cannot be read", e);
    }
    Map<Urgency, Duration> toAnswer = new EnumMap<>(Urgency.class);
    for (Urgency u : Urgency.values()) {
      String value = p.getProperty("assistance.deadline." + u.slug());
      if (value == null) {
        throw new IllegalStateException(resource + " sets no assistance.deadline." + u.slug());
      }
      toAnswer.put(u, Duration.parse(value.strip()));
    }
    return new Times(toAnswer, Double.parseDouble(p.getProperty("assistance.reminder-at", "0.75").strip()));
  }
}
