package cn.deltalink.checkpoint.internal.matching;

/**
 * An open-addressing multimap from a {@code long} key to alert slots, with an optional {@code long}
 * beside each entry (a plate's exact form, where the key is its look-alike class). Linear probing
 * over power-of-two cells; removal shifts the following entries back rather than leaving
 * tombstones, so lookups stay short however many alerts come and go. One key may have several
 * entries (two alerts on one plate).
 *
 * <p>Not thread-safe: {@link AlertIndex} writes under its lock. Readers take {@link #cells()} once
 * and probe that snapshot; a read racing a write may see it torn, which the index's optimistic lock
 * detects and retries.
 */
final class KeyTable {

  /** The cells of one capacity, replaced together when the table grows. */
  static final class Cells {
    final long[] keys;
    final long @org.jspecify.annotations.Nullable [] extras;
    /** Alert slot + 1; 0 marks an empty cell. */
    final int[] slots;
    final int mask;

    Cells(int capacity, boolean withExtras) {
      keys = new long[capacity];
      extras = withExtras ? new long[capacity] : null;
      slots = new int[capacity];
      mask = capacity - 1;
    }

    int home(long key) {
      return (int) Mix.mix(key) & mask;
    }
  }

  private static final double LOAD = 0.6;

  private final boolean withExtras;
  private Cells cells;
  private int size;

  KeyTable(int expected, boolean withExtras) {
    this.withExtras = withExtras;
    this.cells = new Cells(capacityFor(expected), withExtras);
  }

  private static int capacityFor(int entries) {
    long needed = (long) Math.ceil(Math.max(entries, 8) / LOAD);
    long capacity = Long.highestOneBit(needed - 1) << 1;
    if (capacity > 1 << 30) {
      throw new IllegalStateException("a key table holds at most " + (long) ((1 << 30) * LOAD) + " entries");
    }
    return (int) capacity;
  }

  Cells cells() {
    return cells;
  }

  int size() {
    return size;
  }

  void add(long key, long extra, int slot) {
    if (size + 1 > cells.slots.length * LOAD) {
      grow();
    }
    insert(cells, key, extra, slot);
    size++;
  }

  private static void insert(Cells a, long key, long extra, int slot) {
    int i = a.home(key);
    while (a.slots[i] != 0) {
      i = (i + 1) & a.mask;
    }
    a.keys[i] = key;
    if (a.extras != null) {
      a.extras[i] = extra;
    }
    a.slots[i] = slot + 1;
  }

  private void grow() {
    Cells old = cells;
    Cells bigger = new Cells(capacityFor(old.slots.length), withExtras);
    for (int i = 0; i < old.slots.length; i++) {
      if (old.slots[i] != 0) {
        insert(bigger, old.keys[i], old.extras == null ? 0 : old.extras[i], old.slots[i] - 1);
      }
    }
    cells = bigger;
  }

  /** Removes the entry of this key and slot; returns whether there was one. */
  boolean remove(long key, int slot) {
    Cells a = cells;
    int i = a.home(key);
    while (a.slots[i] != 0) {
      if (a.keys[i] == key && a.slots[i] == slot + 1) {
        shiftBack(a, i);
        size--;
        return true;
      }
      i = (i + 1) & a.mask;
    }
    return false;
  }

  /** Empties cell {@code gap} and moves back each following entry whose probe passed over it. */
  private static void shiftBack(Cells a, int gap) {
    int j = gap;
    while (true) {
      j = (j + 1) & a.mask;
      if (a.slots[j] == 0) {
        break;
      }
      int home = a.home(a.keys[j]);
      // the entry at j may fill the gap when its home is not in the cyclic range (gap, j]
      boolean homeInRange = gap <= j ? gap < home && home <= j : gap < home || home <= j;
      if (!homeInRange) {
        a.keys[gap] = a.keys[j];
        if (a.extras != null) {
          a.extras[gap] = a.extras[j];
        }
        a.slots[gap] = a.slots[j];
        gap = j;
      }
    }
    a.slots[gap] = 0;
    a.keys[gap] = 0;
    if (a.extras != null) {
      a.extras[gap] = 0;
    }
  }

  long bytes() {
    Cells a = cells;
    return (long) a.slots.length * (a.extras == null ? 12 : 20);
  }

  @Override
  public String toString() {
    return "KeyTable[" + size + "/" + cells.slots.length + "]";
  }
}
