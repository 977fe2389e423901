/**
 * The analysis model: plain Java, no Spring. {@link cn.deltalink.fraudanalysis.internal.model.Transactions}
 * holds a data set in columns of primitive arrays (an account is an {@code int}, an amount a
 * {@code long} of fen, a time a {@code long} of epoch seconds) and
 * {@link cn.deltalink.fraudanalysis.internal.model.TransactionGraph} indexes it by account and time, so
 * that two million transactions over a hundred thousand accounts fit in a few hundred megabytes.
 * Detectors each find one laundering pattern and name the transactions behind every finding;
 * {@link cn.deltalink.fraudanalysis.internal.model.RiskScores} combines the findings into a score per
 * account with its reasons.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.fraudanalysis.internal.model;
