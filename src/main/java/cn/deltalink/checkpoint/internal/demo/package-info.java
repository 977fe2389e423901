/** Demo traffic: a stream of passing events at one checkpoint at a chosen rate, a share of them reads of listed persons and plates. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.checkpoint.internal.demo;
