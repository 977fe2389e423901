/**
 * Carrying the outbox to the peers: worker lanes per peer, one batch per attempt, and the peer's signed
 * receipt turned into delivery states with retry and back-off (ADR 010).
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.exchange.internal.delivery;
