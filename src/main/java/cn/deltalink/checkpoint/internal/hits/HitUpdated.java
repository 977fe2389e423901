package cn.deltalink.checkpoint.internal.hits;

import java.util.UUID;

/** A hit was raised or changed here; screens and desks are told after the commit. */
public record HitUpdated(UUID hitId) {}
