package cn.deltalink.checkpoint.internal.matching;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the index holds for one alert: its id and version and the keys it is found by. Putting an
 * alert's keys again replaces the ones it had.
 */
public record AlertKeys(UUID alertId, long version, List<AlertKey> keys) {

  public AlertKeys {
    Objects.requireNonNull(alertId, "alertId");
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("an alert in the index has at least one key");
    }
    if (version < 0) {
      throw new IllegalArgumentException("an alert version is not negative");
    }
  }

  public static AlertKeys of(UUID alertId, long version, AlertKey... keys) {
    return new AlertKeys(alertId, version, List.of(keys));
  }
}
