/**
 * Hit/no-hit queries (Prüm style): asking every peer at once, and answering a peer's query with the
 * responder of its type.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.exchange.internal.query;
