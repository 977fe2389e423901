/** What officers and devices see: the checkpoint screen and duty desk pages, the JSON API, statistics and the home tile. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.checkpoint.internal.pages;
