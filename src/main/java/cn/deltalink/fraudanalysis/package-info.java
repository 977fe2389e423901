/**
 * Transaction analysis for the fraud-risk work (研判模型): bank transaction files (调单 data) imported
 * with a column mapping, laundering patterns found over the transaction graph, a score 0–100 per
 * account with the patterns and transactions behind it, candidate gangs with their money flow, an
 * evaluation against labels, and traces downstream from a victim's report that become warnings to the
 * province holding the account. The module offers no Java API; its interface is the JSON API under
 * {@code /api/v1/transaction-imports} and {@code /api/v1/analyses}, the pages under
 * {@code /fraud-analysis}, and its reaction to the fraud module's {@code FraudReported} event.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.fraudanalysis;
