/**
 * The sending side's store: {@code Exchange} as modules see it, envelopes signed and written with one
 * delivery row per recipient inside the caller's transaction (transactional outbox, ADR 010).
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.exchange.internal.outbox;
