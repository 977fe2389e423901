/**
 * How the exchange works inside a node: node keys and the trusted member directory, the
 * transactional outbox and its dispatcher, the node-to-node endpoints, the exactly-once inbox and
 * its processor, the hash-chained message log, hit/no-hit queries, tracking, health. The protocol
 * itself (format, signatures, checks) is in {@code core}, free of Spring.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.exchange.internal;
