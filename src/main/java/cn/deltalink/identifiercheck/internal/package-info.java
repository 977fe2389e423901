/** The identifier check's page, JSON API and audit record. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.identifiercheck.internal;
