/**
 * The receiving side: the node-to-node endpoints, the exactly-once inbox that issues one signed receipt
 * per batch, and the processor that hands received messages to their module's handler.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.exchange.internal.inbox;
