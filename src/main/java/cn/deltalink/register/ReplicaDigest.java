package cn.deltalink.register;

/**
 * What one node holds of one owner's entries: how many, and an SM3 digest
 * over the sorted {@code id:version} lines, so that two nodes holding the same versions show the same
 * digest.
 */
public record ReplicaDigest(String ownerNode, long count, String digest) {}
