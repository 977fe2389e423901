/**
 * Person entity resolution within a node (人员身份归并): person records from many cases resolved into
 * persons despite name variants, typos in ID numbers, old 15-digit numbers and missing fields, each
 * match with its reasons. {@link cn.deltalink.resolution.PersonResolution} is what other modules call.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.resolution;
