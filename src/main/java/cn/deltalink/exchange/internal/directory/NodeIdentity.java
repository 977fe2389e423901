package cn.deltalink.exchange.internal.directory;

import cn.deltalink.exchange.internal.ExchangeSettings;
import cn.deltalink.platform.NodeSettings;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's SM2 key pair (节点密钥), in {@code <node.home>/keys/node.key.pem} and
 * {@code node.pub.pem}, made on the first start. In demo mode the demo region is prepared first, so
 * that the key and the directory that lists it are made under the same lock.
 */
@Component
public class NodeIdentity {

  private final String id;
  private final KeyPair keys;

  NodeIdentity(NodeSettings node, ExchangeSettings settings, @Value("${deltalink.region}") String region) {
    if (node.demo()) {
      DemoRegion.prepare(node, region, settings);
    }
    this.id = node.id();
    this.keys = KeyFiles.loadOrCreate(node.home().toAbsolutePath().resolve("keys"), "node");
  }

  public String id() {
    return id;
  }

  public PrivateKey privateKey() {
    return keys.getPrivate();
  }

  public PublicKey publicKey() {
    return keys.getPublic();
  }
}
