/**
 * The region's reference data: the national table of administrative divisions (GB/T 2260, 行政区划)
 * through {@link cn.deltalink.region.Divisions}, the police agencies of the configured region through
 * {@link cn.deltalink.region.Agencies}, and the region itself ({@link cn.deltalink.region.Region}),
 * all loaded from the data set that {@code deltalink.region} selects (ADR 005). Pages and JSON API
 * under {@code /regions} and {@code /api/v1/regions}, {@code /api/v1/agencies}.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.region;
