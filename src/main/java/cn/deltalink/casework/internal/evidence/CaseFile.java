package cn.deltalink.casework.internal.evidence;

import java.util.UUID;

/**
 * A file of case work (an assistance attachment, a reply's result, an evidence file) as announced:
 * the node that owns it, name, type, size, SM3 digest and the number of parts it travels in.
 * {@code complete} says whether this node holds all of it.
 */
public record CaseFile(UUID id, String ownerNode, String name, String contentType, long size, String sm3, int parts, boolean complete) {}
