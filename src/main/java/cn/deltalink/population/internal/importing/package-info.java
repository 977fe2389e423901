@org.jspecify.annotations.NullMarked
package cn.deltalink.population.internal.importing;
