/**
 * Who this node is and whom it trusts: the node's SM2 key pair, the member directory verified with the
 * coordinator's key and taken over when a newer version is installed, and the coordinator's tools that
 * make both ({@code DirectoryTool} on the command line, {@code DemoRegion} in demo mode).
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.exchange.internal.directory;
