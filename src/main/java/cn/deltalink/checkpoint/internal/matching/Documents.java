package cn.deltalink.checkpoint.internal.matching;

/**
 * Document numbers as index keys. A resident ID card's number is keyed as {@link ResidentIds} keys
 * it (both generations alike); any other number by a 64-bit hash of its normalised text with the top
 * bit set, so the two never meet. Two different numbers share a hash with odds of about one in
 * 10^12 per check against ten million documents, which the officer's look at the document covers.
 */
final class Documents {

  private Documents() {}

  static String normalised(String raw) {
    return ReadText.folded(raw);
  }

  static long key(String normalised) {
    long id = ResidentIds.key(normalised);
    if (id >= 0) {
      return id;
    }
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < normalised.length(); i++) {
      h ^= normalised.charAt(i);
      h *= 0x100000001b3L;
    }
    return Mix.mix(h) | Long.MIN_VALUE;
  }
}
