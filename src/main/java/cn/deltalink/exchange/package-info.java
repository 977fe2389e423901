/**
 * The only way out of a node: signed envelopes (SM2 over SM3) carried to other nodes of the member
 * directory. Modules send through {@link cn.deltalink.exchange.Exchange} inside their own transaction
 * (transactional outbox), receive by implementing {@link cn.deltalink.exchange.MessageHandler}, and
 * answer hit/no-hit queries by implementing {@link cn.deltalink.exchange.QueryResponder}.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.exchange;
