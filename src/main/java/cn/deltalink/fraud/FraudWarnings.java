package cn.deltalink.fraud;

/** Sends early warnings to the province that can act on an account. */
public interface FraudWarnings {

  /**
   * Records the warning as sent and queues it over the exchange to the node of the province named by
   * the branch division code, inside the caller's transaction; while that node is down it waits in
   * the outbox. A warning on an account of this node's own province is received here at once. Fails
   * with {@link IllegalArgumentException} when the division code is unknown or no member node serves
   * its province.
   */
  WarningId send(WarningDraft draft);
}
