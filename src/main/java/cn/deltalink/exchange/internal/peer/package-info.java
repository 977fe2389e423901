/**
 * Reaching other nodes: HTTP to their {@code /exchange/v1} endpoints and what is known right now about
 * whether each answers.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.exchange.internal.peer;
