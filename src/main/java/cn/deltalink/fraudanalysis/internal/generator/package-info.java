/**
 * The synthetic data generator (docs/fraud-analysis-generator.md): seeded, plain Java, writing the
 * AMLSim transactions format with a few extra columns, used by the demo, the tests and the benchmarks.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.fraudanalysis.internal.generator;
