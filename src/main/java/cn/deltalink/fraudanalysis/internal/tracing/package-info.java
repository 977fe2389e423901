/**
 * Early warning from a victim's report: the money is traced downstream through the latest analysed
 * transactions, and every account it reached that scores above the threshold becomes a warning to
 * the province where the account was opened (ADR 038).
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.fraudanalysis.internal.tracing;
