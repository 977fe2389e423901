package cn.deltalink.casework.internal.cases;

import java.time.Instant;
import java.util.UUID;

/** A relation between two entities of a case ("uses", "holds", "transferred to", "drives"). */
public record EntityLink(UUID id, UUID caseId, UUID from, UUID to, String relation, Instant addedAt) {}
