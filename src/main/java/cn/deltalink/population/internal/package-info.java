/** The population register's inside: the register's table and API, CSV import, the sweep, demo residents. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.population.internal;
