package cn.deltalink.casework.internal.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * One action in a case's timeline, by an officer of a node: what the shared timeline of a joint case
 * is made of, the same id at every node.
 *
 * @param kind opened, state, entity, participant, evidence, custody, request, action
 */
public record TimelineEntry(UUID id, UUID caseId, String node, String agency, String officer, Instant at, String kind, String text) {}
