package cn.deltalink.certificate.internal.issuing;

import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.RegisterReplica;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's copy of the other nodes' certificate index entries. An entry must be owned by the
 * node its code names and carry the register's version, so that one node cannot publish entries in
 * another's name; its signature is checked at verification, against the directory's key of the day.
 */
@Component
class CertificateReplica implements RegisterReplica {

  static final String REGISTER = "certificate";

  private final CertificateIndex index;
  private final IndexJson json;

  CertificateReplica(CertificateIndex index, IndexJson json) {
    this.index = index;
    this.json = json;
  }

  @Override
  public String register() {
    return REGISTER;
  }

  @Override
  public void apply(List<RegisterEntry> newer) {
    for (RegisterEntry e : newer) {
      IndexEntry entry = json.read(e.payloadJson());
      if (!entry.issuerNode().equals(e.ownerNode()) || !entry.code().startsWith(e.ownerNode() + "-") || entry.version() != e.version()) {
        throw new IllegalArgumentException("Certificate " + entry.code() + " is not " + e.ownerNode() + "'s at version " + e.version());
      }
      index.store(entry);
    }
  }
}
