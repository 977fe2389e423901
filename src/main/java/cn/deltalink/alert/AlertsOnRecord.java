package cn.deltalink.alert;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The alerts this node holds, its own and the replicas, for the modules that check against them. */
public interface AlertsOnRecord {

  /** The newest version held of an alert. */
  Optional<WantedAlert> find(UUID id);

  /** Hands over every published, not withdrawn alert, one at a time (for building an index). */
  void forEachCurrent(Consumer<WantedAlert> action);

  /** Whether this node holds a photo of the alert (a person alert's, ADR 026). */
  boolean hasPhoto(UUID id);

  /** The reason this node flagged the alert "not acted on here" (此地不执行), if it did. */
  Optional<String> notActedOnHere(UUID id);
}
