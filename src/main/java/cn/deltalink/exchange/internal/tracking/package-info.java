/**
 * Where each message stands, for people: the tracking page and JSON API, who may see them, and the
 * {@code exchange} health component.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.exchange.internal.tracking;
