package cn.deltalink.population.internal.sweep;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Keyed SM3 hashes (HMAC-SM3) of resident IDs under one sweep's key. The exchange carries only the
 * first 8 bytes of each (a short hash): 8 MB per million residents instead of 32, and hash bytes do
 * not compress. Two registers of a million each share a short hash by chance with a probability of
 * about 10^12 / 2^64 ≈ 5·10^-8, and every hit is confirmed with the full hash in the follow-up, so a
 * chance collision is never reported. One instance per thread: HMac keeps state.
 */
final class SweepHashes {

  private final HMac mac;
  private final byte[] out;

  SweepHashes(byte[] key) {
    this.mac = new HMac(new SM3Digest());
    mac.init(new KeyParameter(key));
    this.out = new byte[mac.getMacSize()];
  }

  /** The full hash of an 18-character resident ID. */
  byte[] full(String residentId) {
    byte[] id = residentId.getBytes(StandardCharsets.US_ASCII);
    mac.update(id, 0, id.length);
    mac.doFinal(out, 0);
    return Arrays.copyOf(out, out.length);
  }

  String fullHex(String residentId) {
    return HexFormat.of().formatHex(full(residentId));
  }

  /** The first 8 bytes of the full hash, big-endian. */
  long shortHash(String residentId) {
    byte[] id = residentId.getBytes(StandardCharsets.US_ASCII);
    mac.update(id, 0, id.length);
    mac.doFinal(out, 0);
    return shortOf(out);
  }

  static long shortOf(byte[] full) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (full[i] & 0xff);
    }
    return v;
  }
}
