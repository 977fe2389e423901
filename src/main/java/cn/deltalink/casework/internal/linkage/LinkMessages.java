package cn.deltalink.casework.internal.linkage;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The messages of linkage between the asking and the owning node. */
final class LinkMessages {

  static final String QUERY = "casework.entity";
  static final String HIT = "casework.linkage-hit";
  static final String DETAILS_REQUESTED = "casework.details-requested";
  static final String DETAILS_DECIDED = "casework.details-decided";
  static final String PURPOSE = "串并案比对";

  private LinkMessages() {}

  /**
   * {@code casework.linkage-hit}: the owning node holds a case with an identifier the asker asked
   * about (now, or later: a subscription). Only agency and contact, never the case.
   */
  record Hit(String entityType, String key, String agency, String contact) {}

  /** {@code casework.details-requested}: the asker's link, what it is about, why. */
  record DetailsRequested(UUID linkId, String entityType, String key, String askingAgency, String caseNumber, String purpose, String officer) {}

  /** {@code casework.details-decided}: approved with the case's details, or refused with a reason. */
  record DetailsDecided(UUID linkId, boolean approved, @Nullable String refusal, @Nullable Map<String, Object> details, String by) {}
}
