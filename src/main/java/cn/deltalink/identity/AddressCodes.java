package cn.deltalink.identity;

import cn.deltalink.identity.internal.DivisionTable;
import java.util.Optional;

/**
 * The GB/T 2260 administrative division codes (行政区划代码) that an address code may take, with the
 * full name of each (北京市朝阳区).
 */
public interface AddressCodes {

  /** Whether the six-digit code is in the table. */
  boolean isKnown(String code);

  /** The name from province down, without grouping placeholders such as 市辖区; empty when unknown. */
  Optional<String> fullName(String code);

  /** How many codes the table holds. */
  int size();

  /** The national table shipped with the node (classpath {@code region/gbt2260/divisions.csv}). */
  static AddressCodes national() {
    return DivisionTable.national();
  }
}
