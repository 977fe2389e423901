/**
 * What every module of a node stands on: the node's own settings, its embedded PostgreSQL, the
 * launcher of the regional demo, and JSON error handling.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package cn.deltalink.platform;
