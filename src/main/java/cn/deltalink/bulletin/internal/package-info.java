/** How bulletins are written, carried, received, acknowledged and shown. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.bulletin.internal;
