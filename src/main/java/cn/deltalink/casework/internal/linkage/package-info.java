/** Linkage across provinces (串并案): hit/no-hit queries on case entities, details by approved follow-up, subscriptions. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.casework.internal.linkage;
