@org.jspecify.annotations.NullMarked
package cn.deltalink.certificate.internal.issuing;
