/**
 * The message log as evidence (ADR 011): rows appended with the traffic, chained and signed afterwards by
 * the sealer, and the check that walks the chain.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.exchange.internal.log;
