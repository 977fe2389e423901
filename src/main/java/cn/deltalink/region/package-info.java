/**
 * The region's reference data: administrative divisions (GB/T 2260) and police agencies, loaded
 * from the configured region data set.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.region;
