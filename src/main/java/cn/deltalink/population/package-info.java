/**
 * The population register (户籍人口登记): each node keeps its own province's residents — resident ID,
 * name, sex, birth date, household address code, household number and status. Other modules ask it
 * through {@link cn.deltalink.population.PopulationRegister}; other nodes learn only "registered here
 * or not" through the exchange's hit/no-hit query {@code population.resident}, and the
 * double-registration sweep compares keyed SM3 hashes of resident IDs, never the register itself
 * (ADR 029).
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.population;
