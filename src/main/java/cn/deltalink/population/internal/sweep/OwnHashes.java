package cn.deltalink.population.internal.sweep;

import cn.deltalink.population.internal.register.ResidentIds;

/**
 * The short hashes of this register's residents in one sweep, with the resident each came from: an
 * open-addressing table of primitive longs (about 32 MB for a million residents, where boxed maps
 * would take several times that). The resident is kept as the 17 digits before the check character.
 */
final class OwnHashes {

  private final long[] keys;
  private final long[] values;
  private final int mask;
  private int size;

  OwnHashes(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new long[capacity];
    mask = capacity - 1;
  }

  void put(long shortHash, String residentId) {
    long body = Long.parseLong(residentId.substring(0, 17));
    int slot = slot(shortHash);
    while (values[slot] != 0 && keys[slot] != shortHash) {
      slot = (slot + 1) & mask;
    }
    if (values[slot] == 0) {
      size++;
    }
    keys[slot] = shortHash;
    values[slot] = body + 1;
  }

  /** The resident whose short hash this is, or null. */
  String residentOf(long shortHash) {
    int slot = slot(shortHash);
    while (values[slot] != 0) {
      if (keys[slot] == shortHash) {
        String body = String.format("%017d", values[slot] - 1);
        return body + ResidentIds.checkCharacter(body);
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /** Every short hash held, in no order. */
  long[] shortHashes() {
    long[] all = new long[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (values[i] != 0) {
        all[n++] = keys[i];
      }
    }
    return all;
  }

  int size() {
    return size;
  }

  private int slot(long hash) {
    long h = hash * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }
}
