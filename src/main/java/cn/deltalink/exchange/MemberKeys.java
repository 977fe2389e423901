package cn.deltalink.exchange;

import cn.deltalink.platform.NodeId;

/**
 * Checks a member's SM2 signature against the public key the signed member directory lists for it:
 * what a module needs to trust a document another node signed (an e-certificate's index entry)
 * without asking that node.
 */
public interface MemberKeys {

  /** Whether {@code signature} (Base64) is the member's signature of {@code text}; false for an unknown member or a malformed signature. */
  boolean verifies(NodeId member, byte[] text, String signature);
}
