package cn.deltalink.checkpoint.internal;

import java.util.UUID;

/** A hit was raised or changed here; screens and desks are told after the commit. */
record HitUpdated(UUID hitId) {}
