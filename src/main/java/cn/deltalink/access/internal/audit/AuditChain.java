package cn.deltalink.access.internal.audit;

import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The hash chain over the audit trail: each entry's hash is SM3 (GB/T 32905) over the previous
 * entry's hash and the entry's canonical bytes. The chain starts from 32 zero bytes.
 */
final class AuditChain {

  /** The "previous hash" of the first entry, as stored in a fresh chain head. */
  static final String GENESIS = "0".repeat(64);

  private static final HexFormat HEX = HexFormat.of();

  private AuditChain() {}

  /** The hash (64 lower-case hex digits) of {@code entry} following an entry whose hash was {@code previous}. */
  static String link(String previous, AuditEntry entry) {
    SM3Digest sm3 = new SM3Digest();
    byte[] prev = HEX.parseHex(previous);
    sm3.update(prev, 0, prev.length);
    byte[] body = entry.canonicalBytes();
    sm3.update(body, 0, body.length);
    byte[] hash = new byte[sm3.getDigestSize()];
    sm3.doFinal(hash, 0);
    return HEX.formatHex(hash);
  }
}
