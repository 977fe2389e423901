package cn.deltalink.casework.internal.cases;

import java.util.UUID;

/** An entity with a linkage key was recorded in a case here (by an officer of this node or of a joint case's node). */
public record EntityRecorded(UUID caseId, String entityType, String key, String agency, String contact, boolean local) {}
