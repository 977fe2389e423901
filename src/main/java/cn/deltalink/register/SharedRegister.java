package cn.deltalink.register;

import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.Recipients;
import java.util.List;

/** What modules may ask of the shared registers. */
public interface SharedRegister {

  /**
   * Records new versions of entries this node owns and queues them for the recipients, inside the
   * caller's transaction; a whole list goes out in as few messages as the exchange's payload limit
   * allows. The recipients are kept per entry, so that a resync answers only nodes that may have it.
   */
  void publish(List<RegisterEntry> entries, Recipients recipients, HandlingCode handlingCode, String purpose, String senderAgency);

  /** Per owning node (this one included): the count and digest of the entries held of the register. */
  List<ReplicaDigest> digest(String register);

  /** Asks every other member to send again all current entries of the register addressed to this node. */
  void requestResync(String register, String senderAgency);

  /** The version this node holds of an entry, 0 when none. */
  long versionOf(String register, java.util.UUID id);
}
