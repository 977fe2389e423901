/** The border stations (checkpoints) of this node's province and their lanes. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.checkpoint.internal.stations;
