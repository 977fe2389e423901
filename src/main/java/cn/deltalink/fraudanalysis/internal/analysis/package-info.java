/**
 * Analyses of imported transaction files: run in the background on the model, results kept in
 * PostgreSQL (scores with reasons, networks, evaluation), the latest graphs kept in memory for the
 * analyst's view and for tracing from a victim's report.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.fraudanalysis.internal.analysis;
