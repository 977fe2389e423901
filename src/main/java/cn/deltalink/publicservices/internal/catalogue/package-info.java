@org.jspecify.annotations.NullMarked
package cn.deltalink.publicservices.internal.catalogue;
