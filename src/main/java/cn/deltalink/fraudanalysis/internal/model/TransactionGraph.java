package cn.deltalink.fraudanalysis.internal.model;

import java.util.Arrays;

/**
 * The transactions indexed by account: for each account its outgoing and its incoming transactions,
 * each list in time order, in two compressed-sparse-row arrays (offsets per account into one array of
 * transaction numbers). Detectors walk money forward and backward in time through it.
 */
public final class TransactionGraph {

  private final Transactions tx;
  private final int[] outStart;
  private final int[] outTx;
  private final int[] inStart;
  private final int[] inTx;
  /** Transaction numbers in time order (ties in the order of the file) and each one's place in it. */
  private final int[] order;
  private final int[] position;

  public TransactionGraph(Transactions tx) {
    this.tx = tx;
    int accounts = tx.accountCount();
    int n = tx.size();
    order = timeOrder(tx);
    position = new int[n];
    for (int k = 0; k < n; k++) {
      position[order[k]] = k;
    }
    outStart = new int[accounts + 1];
    inStart = new int[accounts + 1];
    for (int i = 0; i < n; i++) {
      outStart[tx.source(i) + 1]++;
      inStart[tx.target(i) + 1]++;
    }
    for (int a = 0; a < accounts; a++) {
      outStart[a + 1] += outStart[a];
      inStart[a + 1] += inStart[a];
    }
    outTx = new int[n];
    inTx = new int[n];
    int[] outFill = Arrays.copyOf(outStart, accounts);
    int[] inFill = Arrays.copyOf(inStart, accounts);
    for (int k = 0; k < n; k++) {
      int i = order[k];
      outTx[outFill[tx.source(i)]++] = i;
      inTx[inFill[tx.target(i)]++] = i;
    }
  }

  /** Transaction numbers sorted by time: packed time and number, one primitive sort. */
  private static int[] timeOrder(Transactions tx) {
    int n = tx.size();
    long min = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, tx.at(i));
    }
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      // 32 bits of seconds since the first transaction (136 years) and 31 bits of transaction number
      packed[i] = ((tx.at(i) - min) << 31) | i;
    }
    Arrays.parallelSort(packed);
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = (int) (packed[k] & 0x7FFF_FFFFL);
    }
    return order;
  }

  /** The {@code k}-th transaction in time order. */
  public int inTimeOrder(int k) {
    return order[k];
  }

  /** Where a transaction stands in time order: a later one has a larger place, also at the same second. */
  public int place(int tx) {
    return position[tx];
  }

  /** Seconds from the first to the last transaction (at least one). */
  public long span() {
    int n = order.length;
    return n == 0 ? 1 : Math.max(1, tx.at(order[n - 1]) - tx.at(order[0]));
  }

  public Transactions transactions() {
    return tx;
  }

  public int accounts() {
    return tx.accountCount();
  }

  public int outFrom(int account) {
    return outStart[account];
  }

  public int outTo(int account) {
    return outStart[account + 1];
  }

  /** The {@code k}-th entry of the outgoing lists (between {@link #outFrom} and {@link #outTo}). */
  public int out(int k) {
    return outTx[k];
  }

  public int inFrom(int account) {
    return inStart[account];
  }

  public int inTo(int account) {
    return inStart[account + 1];
  }

  public int in(int k) {
    return inTx[k];
  }

  public int outDegree(int account) {
    return outStart[account + 1] - outStart[account];
  }

  public int inDegree(int account) {
    return inStart[account + 1] - inStart[account];
  }

  /** The first position in the account's outgoing list at or after {@code epochSecond}. */
  public int firstOutAtOrAfter(int account, long epochSecond) {
    int lo = outStart[account];
    int hi = outStart[account + 1];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tx.at(outTx[mid]) < epochSecond) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first position in the account's incoming list at or after {@code epochSecond}. */
  public int firstInAtOrAfter(int account, long epochSecond) {
    int lo = inStart[account];
    int hi = inStart[account + 1];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tx.at(inTx[mid]) < epochSecond) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  public long approximateBytes() {
    return tx.approximateBytes() + 4L * (outStart.length + inStart.length + outTx.length + inTx.length + order.length + position.length);
  }
}
