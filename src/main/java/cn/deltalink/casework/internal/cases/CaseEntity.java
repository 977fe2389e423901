package cn.deltalink.casework.internal.cases;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person, phone, account, vehicle, company or address recorded in a case, as validated when it was
 * added. {@code key} is the normalised identifier the linkage looks up (the resident ID of a person,
 * the number of a phone or card, the plate, the credit code); a person known only by name has none.
 *
 * @param details the validated fields by name (strings and lists of strings), personal ones in full
 * @param node the node whose officer added it (in a joint case, any node of the case)
 */
public record CaseEntity(UUID id, UUID caseId, EntityType type, @Nullable String key, String label, Map<String, Object> details, String node, String agency, Instant addedAt) {

  public CaseEntity {
    details = Map.copyOf(details);
  }
}
