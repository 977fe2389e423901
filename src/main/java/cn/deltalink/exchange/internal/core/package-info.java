/**
 * The framework-free core of the exchange protocol (version 1): SM2 keys and signatures, SM3
 * digests, envelopes and their canonical form, receipts, query answers, the member directory and
 * the checks a receiver applies. Nothing here knows Spring, HTTP or the database; see
 * {@code docs/protocol.md} for the wire format these classes implement.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.exchange.internal.core;
