/**
 * Shared registers (共享登记簿): lists whose entries one node owns and every node replicates, such as
 * the wanted alerts and, later, the fraud-risk entries. The owning node publishes each change as a
 * versioned entry over the exchange; every receiver keeps the newest version of each entry and hands
 * it to the module's {@link cn.deltalink.register.RegisterReplica}. Replicas are compared across
 * nodes by {@link cn.deltalink.register.SharedRegister#digest}; a node that lost its replica asks the
 * owners for a resync (ADR 020).
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.register;
