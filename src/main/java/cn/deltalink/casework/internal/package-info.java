/** What the parts of case work share: the clock, the message payloads, the officer's checks. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.casework.internal;
