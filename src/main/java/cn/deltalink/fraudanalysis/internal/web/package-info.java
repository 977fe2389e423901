/** The analyst's pages: imports with progress, analyses with scores and networks, an account's graph. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.fraudanalysis.internal.web;
