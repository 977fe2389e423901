package cn.deltalink.exchange.internal.directory;

import cn.deltalink.access.NodeKey;
import cn.deltalink.exchange.internal.core.Sm2;
import org.springframework.stereotype.Component;

/** Lends the node's SM2 key to the access module, which has the audit trail's heads signed with it (ADR 018). */
@Component
class NodeKeySigning implements NodeKey {

  private final NodeIdentity identity;

  NodeKeySigning(NodeIdentity identity) {
    this.identity = identity;
  }

  @Override
  public String sign(byte[] text) {
    return Sm2.signBase64(identity.privateKey(), text);
  }

  @Override
  public boolean verifies(byte[] text, String signature) {
    try {
      return Sm2.verifiesBase64(identity.publicKey(), text, signature);
    } catch (RuntimeException e) {
      return false; // not even a well-formed signature
    }
  }
}
