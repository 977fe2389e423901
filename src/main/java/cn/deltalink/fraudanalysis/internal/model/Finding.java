package cn.deltalink.fraudanalysis.internal.model;

/**
 * One pattern found on one account: how strongly it speaks for laundering (0 to 1), the transactions
 * behind it, and a short text that says what was seen, with the counterpart accounts where they matter.
 */
public record Finding(int account, Pattern pattern, double strength, int[] transactions, String detail) {

  public Finding {
    if (strength < 0 || strength > 1) {
      throw new IllegalArgumentException("A finding's strength is between 0 and 1");
    }
  }
}
