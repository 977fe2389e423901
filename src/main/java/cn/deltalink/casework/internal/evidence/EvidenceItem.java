package cn.deltalink.casework.internal.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * An evidence item (证据) of a case: its kind (a code of the evidence rules, e.g. {@code
 * transfer-records}), a title, the file and the file's SM3 digest as recorded when it was collected,
 * the node and agency that collected it. The same id at every node of a joint case.
 */
public record EvidenceItem(UUID id, UUID caseId, String kind, String title, UUID fileId, String sm3, String node, String agency, Instant addedAt) {}
