package cn.deltalink.casework.internal.cases;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An entity that passed the identity rules, not stored yet: type, linkage key, label, details, and
 * the phones a person uses (recorded as phone entities of their own, linked to the person).
 */
public record ValidEntity(EntityType type, @Nullable String key, String label, Map<String, Object> details, List<String> phones) {

  public ValidEntity {
    details = Map.copyOf(details);
    phones = List.copyOf(phones);
  }
}
