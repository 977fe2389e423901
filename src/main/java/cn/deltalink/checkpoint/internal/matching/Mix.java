package cn.deltalink.checkpoint.internal.matching;

/** Spreads the bits of a key over the whole word so that packed keys probe the tables evenly. */
final class Mix {

  private Mix() {}

  /** The finaliser of MurmurHash3 (fmix64): every input bit affects every output bit. */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
