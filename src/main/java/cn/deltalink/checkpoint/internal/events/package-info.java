/**
 * Passing events: reading them as devices send them, storing them once (duplicates are told apart
 * by the device's event id), the HTTP batch and the Kafka camera feed into that one path, dead
 * letters for what cannot be read, and the retention that deletes old events.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.checkpoint.internal.events;
