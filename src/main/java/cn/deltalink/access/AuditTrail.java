package cn.deltalink.access;

/**
 * The node's append-only audit trail. Every login, search, read of a person's data and change is
 * recorded with who (taken from the current request), when, what and the stated purpose.
 */
public interface AuditTrail {

  /**
   * Records one action by the current officer (or by "anonymous"/"node" when none).
   *
   * @param action what was done, a dotted verb such as {@code identifier.check} or {@code bulletin.read}
   * @param subject what it was done to (an id, a masked identifier, a query), never a full ID number
   * @param purpose the purpose the officer stated, or an empty string when the action needs none
   * @param outcome how it ended: its kind and a short detail
   */
  void record(String action, String subject, String purpose, AuditOutcome outcome);
}
