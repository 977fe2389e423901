/**
 * Unified evidence review standards (统一证据审查标准) and discretion benchmarks (行政裁量基准): per case
 * type, a regional baseline and each province's variant of the evidence a case needs, with
 * conditions on the case's facts, versioned; fine ranges per violation per province; and the
 * differences between provinces side by side. Other modules ask {@link cn.deltalink.evidencerules.EvidenceRules}
 * whether a case holds what a province's rules require.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.evidencerules;
