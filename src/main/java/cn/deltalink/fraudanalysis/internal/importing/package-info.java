/**
 * Importing transaction files: a CSV with any header names, a mapping that names the columns, rows
 * checked one by one and streamed into PostgreSQL with COPY in one transaction (ADR 037).
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.fraudanalysis.internal.importing;
