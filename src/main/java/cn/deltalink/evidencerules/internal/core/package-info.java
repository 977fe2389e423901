/**
 * The rules themselves, without a framework: conditions on a case's facts, rule sets, a province's
 * variant over the baseline, the diff between two rule sets and between two benchmark tables.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.evidencerules.internal.core;
