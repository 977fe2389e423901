package cn.deltalink.exchange.internal.core;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then 74 random bits. Ids
 * made on different nodes do not collide, and sort roughly by creation, which keeps index inserts
 * cheap.
 */
public final class UuidV7 {

  private static final SecureRandom RANDOM = new SecureRandom();

  private UuidV7() {}

  public static UUID next() {
    return at(Instant.now());
  }

  static UUID at(Instant instant) {
    long millis = instant.toEpochMilli();
    long randA = RANDOM.nextInt(1 << 12);
    long most = (millis << 16) | (0x7L << 12) | randA;
    long least = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }
}
