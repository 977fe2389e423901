package cn.deltalink.exchange.internal.directory;

import cn.deltalink.exchange.MemberKeys;
import cn.deltalink.exchange.internal.core.Sm2;
import cn.deltalink.platform.NodeId;
import org.springframework.stereotype.Component;

/** Verifies members' signatures with the keys of the trusted member directory. */
@Component
class MemberKeyCheck implements MemberKeys {

  private final TrustedDirectory directory;

  MemberKeyCheck(TrustedDirectory directory) {
    this.directory = directory;
  }

  @Override
  public boolean verifies(NodeId member, byte[] text, String signature) {
    return directory.key(member.value()).map(key -> {
      try {
        return Sm2.verifiesBase64(key, text, signature);
      } catch (RuntimeException e) {
        return false; // not even a well-formed signature
      }
    }).orElse(false);
  }
}
