package cn.deltalink.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who this node is: its id in the member directory (SH, JS, ZJ, AH in the reference region), the
 * GB/T 2260 code of the province it serves, the folder that holds its database and keys, and whether
 * it runs with demo data.
 */
@ConfigurationProperties("deltalink.node")
public record NodeSettings(String id, String province, Path home, boolean demo) {

  public NodeSettings {
    if (id == null || !NodeId.isWellFormed(id)) {
      throw new IllegalArgumentException("deltalink.node.id must be 2-8 capital letters, was " + id);
    }
    if (province == null || !province.matches("\\d{2}")) {
      throw new IllegalArgumentException("deltalink.node.province must be a 2-digit GB/T 2260 code");
    }
    if (home == null) {
      throw new IllegalArgumentException("deltalink.node.home must name a folder");
    }
  }

  /** The id as a type: kept as text in the settings, which other code reads as text for paths and logs. */
  public NodeId nodeId() {
    return new NodeId(id);
  }
}
