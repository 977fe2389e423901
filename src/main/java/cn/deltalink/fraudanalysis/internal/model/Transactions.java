package cn.deltalink.fraudanalysis.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One data set of transactions in columns: transaction {@code i} moves {@code cents[i]} fen from
 * account {@code source[i]} to {@code target[i]} at {@code at[i]} (epoch seconds). Accounts are
 * numbered as they first appear; a cash withdrawal's target is the cash point, an account of its
 * own that is marked as such. Labels, when the data has them, say which transactions are laundering
 * and of which typology.
 */
public final class Transactions {

  /** No label column, or an empty cell. */
  public static final byte UNLABELLED = -1;

  private int size;
  private int[] source = new int[1024];
  private int[] target = new int[1024];
  private long[] cents = new long[1024];
  private long[] at = new long[1024];
  private boolean[] cash = new boolean[1024];
  private byte[] label = new byte[1024];
  private short[] typology = new short[1024];

  private final Map<String, Integer> accountIndex = new HashMap<>();
  private final List<String> accounts = new ArrayList<>();
  private final List<@Nullable String> branches = new ArrayList<>();
  private final List<Boolean> cashPoints = new ArrayList<>();
  private final List<String> typologies = new ArrayList<>();
  /** Device, IP address or phone number seen on an account, with the accounts that used it. */
  private final Map<String, List<Integer>> identifiersInUse = new HashMap<>();

  /** Adds one transaction; {@code typologyName} counts only on a laundering transaction. */
  public void add(String from, String to, long amountCents, long epochSecond, boolean cashWithdrawal, @Nullable Boolean laundering, @Nullable String typologyName,
      @Nullable String sourceBranch, @Nullable String targetBranch) {
    grow();
    int s = account(from, sourceBranch, false);
    int t = account(to, targetBranch, cashWithdrawal);
    source[size] = s;
    target[size] = t;
    cents[size] = amountCents;
    at[size] = epochSecond;
    cash[size] = cashWithdrawal;
    label[size] = laundering == null ? UNLABELLED : (byte) (laundering ? 1 : 0);
    typology[size] = (short) (Boolean.TRUE.equals(laundering) && typologyName != null && !typologyName.isBlank() ? typologyId(typologyName.strip()) : -1);
    size++;
  }

  /** Records that the source account of a transaction used a device, IP address or phone. */
  public void identifierUsed(String account, String kind, String value) {
    if (value.isBlank()) {
      return;
    }
    int id = account(account, null, false);
    List<Integer> users = identifiersInUse.computeIfAbsent(kind + ":" + value.strip(), k -> new ArrayList<>(2));
    if (!users.contains(id)) {
      users.add(id);
    }
  }

  private int account(String name, @Nullable String branch, boolean cashPoint) {
    Integer known = accountIndex.get(name);
    if (known != null) {
      if (branch != null && !branch.isBlank() && branches.get(known) == null) {
        branches.set(known, branch.strip());
      }
      if (cashPoint && !cashPoints.get(known)) {
        cashPoints.set(known, true);
      }
      return known;
    }
    int id = accounts.size();
    accountIndex.put(name, id);
    accounts.add(name);
    branches.add(branch == null || branch.isBlank() ? null : branch.strip());
    cashPoints.add(cashPoint);
    return id;
  }

  private int typologyId(String name) {
    int found = typologies.indexOf(name);
    if (found >= 0) {
      return found;
    }
    typologies.add(name);
    return typologies.size() - 1;
  }

  private void grow() {
    if (size < source.length) {
      return;
    }
    int capacity = source.length * 2;
    source = Arrays.copyOf(source, capacity);
    target = Arrays.copyOf(target, capacity);
    cents = Arrays.copyOf(cents, capacity);
    at = Arrays.copyOf(at, capacity);
    cash = Arrays.copyOf(cash, capacity);
    label = Arrays.copyOf(label, capacity);
    typology = Arrays.copyOf(typology, capacity);
  }

  public int size() {
    return size;
  }

  public int accountCount() {
    return accounts.size();
  }

  public int source(int tx) {
    return source[tx];
  }

  public int target(int tx) {
    return target[tx];
  }

  public long cents(int tx) {
    return cents[tx];
  }

  public long at(int tx) {
    return at[tx];
  }

  public boolean cash(int tx) {
    return cash[tx];
  }

  public byte label(int tx) {
    return label[tx];
  }

  /** The typology of a laundering transaction, or -1. */
  public int typology(int tx) {
    return typology[tx];
  }

  public List<String> typologies() {
    return typologies;
  }

  public String account(int id) {
    return accounts.get(id);
  }

  public @Nullable Integer accountId(String name) {
    return accountIndex.get(name);
  }

  /** The division code of the branch that holds the account (for a cash point: where it stands). */
  public @Nullable String branch(int account) {
    return branches.get(account);
  }

  public boolean cashPoint(int account) {
    return cashPoints.get(account);
  }

  public boolean labelled() {
    for (int i = 0; i < size; i++) {
      if (label[i] != UNLABELLED) {
        return true;
      }
    }
    return false;
  }

  /** Each device, IP address or phone used by more than one account, with those accounts. */
  public Map<String, List<Integer>> sharedIdentifiers() {
    Map<String, List<Integer>> shared = new HashMap<>();
    identifiersInUse.forEach((key, users) -> {
      if (users.size() > 1) {
        shared.put(key, users);
      }
    });
    return shared;
  }

  /** Heap taken by the columns and the account table, roughly, for the benchmark's memory figure. */
  public long approximateBytes() {
    return (long) source.length * (4 + 4 + 8 + 8 + 1 + 1 + 2) + accounts.size() * 120L;
  }
}
