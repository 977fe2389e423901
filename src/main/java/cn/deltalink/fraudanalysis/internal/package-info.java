/** The fraud-analysis module's internals, one sub-package per concern. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.fraudanalysis.internal;
