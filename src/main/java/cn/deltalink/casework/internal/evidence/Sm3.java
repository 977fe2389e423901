package cn.deltalink.casework.internal.evidence;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 digests (GB/T 32905) in lower-case hex, of files and of custody entries. */
public final class Sm3 {

  private Sm3() {}

  public static String of(byte[] content) {
    SM3Digest sm3 = new SM3Digest();
    sm3.update(content, 0, content.length);
    byte[] out = new byte[sm3.getDigestSize()];
    sm3.doFinal(out, 0);
    return HexFormat.of().formatHex(out);
  }

  public static String of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }
}
