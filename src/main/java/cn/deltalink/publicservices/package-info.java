/**
 * Cross-province public services (跨省通办): a resident applies at any window of the region for a
 * service that belongs to another province. The catalogue and the working-day calendar are region
 * data; an application carries one tracking number across every node it touches, runs on a clock in
 * working days at the competent node, and a hukou transfer has its three legs (准迁, 迁出, 落户) each
 * with a signed record. The module offers no Java API; its interface is the JSON API under
 * {@code /api/v1/service-items}, {@code /api/v1/applications} and {@code /api/public/v1/applications},
 * the pages under {@code /services}, and the message types {@code publicservices.*}.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.publicservices;
