package cn.deltalink.checkpoint.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyTableTest {

  /** Every entry of a key, by probing the cells as the index does. */
  private static List<Integer> slotsOf(KeyTable table, long key) {
    KeyTable.Cells cells = table.cells();
    List<Integer> slots = new ArrayList<>();
    for (int i = cells.home(key); cells.keys[i] != KeyTable.EMPTY; i = (i + 1) & cells.mask) {
      if (cells.keys[i] == key) {
        slots.add(cells.slots[i]);
      }
    }
    slots.sort(null);
    return slots;
  }

  @Test
  void entriesStayReachableThroughAddsRemovalsAndGrowth() {
    // few distinct keys and a small start make long probe runs that wrap around the table's end
    Random random = new Random(7);
    KeyTable table = new KeyTable(8, true);
    Map<Long, List<Integer>> model = new HashMap<>();
    for (int step = 0; step < 200_000; step++) {
      long key = random.nextInt(3_000);
      int slot = random.nextInt(4);
      List<Integer> held = model.computeIfAbsent(key, k -> new ArrayList<>());
      if (random.nextInt(3) == 0 && !held.isEmpty()) {
        Integer removed = held.get(random.nextInt(held.size()));
        assertThat(table.remove(key, removed)).isTrue();
        held.remove(removed);
      } else {
        table.add(key, key * 31, slot);
        held.add(slot);
      }
    }
    int entries = 0;
    for (Map.Entry<Long, List<Integer>> e : model.entrySet()) {
      List<Integer> expected = new ArrayList<>(e.getValue());
      expected.sort(null);
      assertThat(slotsOf(table, e.getKey())).as("key %d", e.getKey()).isEqualTo(expected);
      entries += expected.size();
    }
    assertThat(table.size()).isEqualTo(entries);
    assertThat(table.remove(5_000, 0)).isFalse();
  }

  @Test
  void theEmptyKeyIsNeverStored() {
    assertThat(KeyTable.storable(KeyTable.EMPTY)).isNotEqualTo(KeyTable.EMPTY);
    assertThat(KeyTable.storable(42)).isEqualTo(42);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new KeyTable(8, false).add(KeyTable.EMPTY, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theExtraBesideAnEntryMovesWithIt() {
    KeyTable table = new KeyTable(8, true);
    for (long key = 0; key < 1_000; key++) {
      table.add(key, key * 31, 0);
    }
    for (long key = 0; key < 1_000; key += 2) {
      table.remove(key, 0);
    }
    KeyTable.Cells cells = table.cells();
    for (int i = 0; i < cells.slots.length; i++) {
      if (cells.keys[i] != KeyTable.EMPTY) {
        assertThat(cells.extras[i]).isEqualTo(cells.keys[i] * 31);
        assertThat(cells.keys[i] % 2).isEqualTo(1);
      }
    }
  }
}
