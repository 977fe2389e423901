/** Evidence items with their SM3 digest and signed chain of custody, and files that travel in parts. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.casework.internal.evidence;
