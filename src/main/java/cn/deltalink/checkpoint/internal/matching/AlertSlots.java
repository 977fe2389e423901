package cn.deltalink.checkpoint.internal.matching;

import java.util.UUID;

/**
 * The alerts the index holds, one slot each, as columns of primitive arrays: the alert id's two
 * halves, its version, and its keys. An alert with a single resident ID, plate or document key (most
 * of them) keeps it packed in {@code primaryKey}; any other keeps its {@link AlertKey}s as objects.
 * Freed slots are reused. Not thread-safe: {@link AlertIndex} guards it.
 */
final class AlertSlots {

  static final byte NONE = 0;
  static final byte RESIDENT_ID = 1;
  static final byte PLATE = 2;
  static final byte DOCUMENT = 3;

  /** The columns of one capacity, replaced together when they grow. */
  static final class Columns {
    final long[] msb;
    final long[] lsb;
    final long[] version;
    final long[] primaryKey;
    final byte[] primaryKind;
    final AlertKey[][] others;

    Columns(int capacity) {
      msb = new long[capacity];
      lsb = new long[capacity];
      version = new long[capacity];
      primaryKey = new long[capacity];
      primaryKind = new byte[capacity];
      others = new AlertKey[capacity][];
    }

    UUID alertId(int slot) {
      return new UUID(msb[slot], lsb[slot]);
    }

    long bytes() {
      return (long) msb.length * (8 * 4 + 1 + 4);
    }
  }

  private Columns columns;
  private int used;
  private int[] free = new int[16];
  private int freeCount;

  AlertSlots(int expected) {
    columns = new Columns(Math.max(expected, 16));
  }

  Columns columns() {
    return columns;
  }

  int allocate() {
    if (freeCount > 0) {
      return free[--freeCount];
    }
    if (used == columns.msb.length) {
      grow();
    }
    return used++;
  }

  void release(int slot) {
    Columns c = columns;
    c.msb[slot] = 0;
    c.lsb[slot] = 0;
    c.version[slot] = 0;
    c.primaryKey[slot] = 0;
    c.primaryKind[slot] = NONE;
    c.others[slot] = null;
    if (freeCount == free.length) {
      free = java.util.Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = slot;
  }

  int held() {
    return used - freeCount;
  }

  long bytes() {
    return columns.bytes() + 4L * free.length;
  }

  private void grow() {
    Columns old = columns;
    int capacity = old.msb.length + (old.msb.length >> 1);
    Columns bigger = new Columns(capacity);
    System.arraycopy(old.msb, 0, bigger.msb, 0, used);
    System.arraycopy(old.lsb, 0, bigger.lsb, 0, used);
    System.arraycopy(old.version, 0, bigger.version, 0, used);
    System.arraycopy(old.primaryKey, 0, bigger.primaryKey, 0, used);
    System.arraycopy(old.primaryKind, 0, bigger.primaryKind, 0, used);
    System.arraycopy(old.others, 0, bigger.others, 0, used);
    columns = bigger;
  }
}
