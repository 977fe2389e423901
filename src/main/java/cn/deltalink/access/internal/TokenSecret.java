package cn.deltalink.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The secret of a personal API token (个人访问令牌): {@code dlk_} and 32 random bytes in URL-safe
 * Base64. Only its SM3 hash is stored; the prefix lets secret scanners and people recognise one.
 * A plain hash suffices (no salt, no slow hashing) because the secret is random, not chosen.
 */
final class TokenSecret {

  static final String PREFIX = "dlk_";
  private static final int BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private TokenSecret() {}

  static String generate() {
    byte[] random = new byte[BYTES];
    RANDOM.nextBytes(random);
    return PREFIX + BASE64.encodeToString(random);
  }

  /** Whether a presented value has the shape of a token at all (checked before any database look-up). */
  static boolean wellFormed(String token) {
    return token.length() == PREFIX.length() + 43 && token.startsWith(PREFIX) && token.substring(PREFIX.length()).matches("[A-Za-z0-9_-]+");
  }

  /** The SM3 hash of the token as 64 lower-case hex digits, as stored. */
  static String hash(String token) {
    byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
    SM3Digest sm3 = new SM3Digest();
    sm3.update(bytes, 0, bytes.length);
    byte[] hash = new byte[sm3.getDigestSize()];
    sm3.doFinal(hash, 0);
    return HexFormat.of().formatHex(hash);
  }
}
