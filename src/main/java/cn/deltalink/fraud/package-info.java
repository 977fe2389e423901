/**
 * The fraud-risk database and early warnings (专项风险数据库、预警): risk entries on phones, accounts,
 * devices, sites, apps and persons, shared across the region through the shared register; bulk
 * screening for partner banks and telecoms; victim reports (报案) that feed the database; warnings
 * routed to the province where an account was opened, and the interventions recorded there.
 *
 * <p>The types in this package are what the analysis module uses: {@link cn.deltalink.fraud.FraudWarnings},
 * {@link cn.deltalink.fraud.RiskEntries} and the {@link cn.deltalink.fraud.FraudReported} event.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.fraud;
