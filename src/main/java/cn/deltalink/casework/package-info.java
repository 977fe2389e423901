/**
 * Case work across provinces (案件协作): cases at an agency with their entities and links,
 * assistance requests (协查请求) to agencies of other provinces against a clock, joint cases
 * (联合办案) with a shared timeline and evidence whose chain of custody every node can verify, and
 * linkage (串并案) by hit/no-hit queries. The module offers no Java API; its interface is the JSON
 * API under {@code /api/v1/cases}, {@code /api/v1/assistance-requests}, {@code /api/v1/evidence},
 * {@code /api/v1/links}, the pages under {@code /cases} and {@code /assistance}, the query type
 * {@code casework.entity} and the message types {@code casework.*}.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.casework;
