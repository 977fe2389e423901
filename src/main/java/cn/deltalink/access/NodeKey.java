package cn.deltalink.access;

/**
 * The node's SM2 key, which the exchange module keeps: the audit trail has its chain heads signed
 * with it (ADR 018), so that a head cannot be made up by someone who can only write to the database.
 */
public interface NodeKey {

  /** The SM2 signature (Base64) of {@code text} with the node's private key. */
  String sign(byte[] text);

  /** Whether {@code signature} is this node's signature of {@code text}. */
  boolean verifies(byte[] text, String signature);
}
