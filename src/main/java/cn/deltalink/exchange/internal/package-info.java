/**
 * How the exchange works inside a node, one sub-package per part of the protocol: {@code core} (the
 * format, signatures and checks, free of Spring), {@code directory} (node keys and the trusted member
 * directory), {@code outbox}, {@code delivery}, {@code peer}, {@code inbox}, {@code log},
 * {@code query} and {@code tracking}. What they all use stays here: the settings, the background
 * {@code Worker}, the advisory {@code WorkLocks} and the envelope columns ({@code EnvelopeRows}).
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.exchange.internal;
