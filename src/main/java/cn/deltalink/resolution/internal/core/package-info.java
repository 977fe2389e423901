/**
 * Resolution without a framework: reading a record's fields into comparable features, blocking keys
 * that bring candidate pairs together, the pairwise comparison with its reasons, and clustering.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.resolution.internal.core;
