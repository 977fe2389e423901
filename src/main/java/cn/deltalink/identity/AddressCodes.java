package cn.deltalink.identity;

import java.util.Optional;

/**
 * The GB/T 2260 administrative division codes (行政区划代码) that an address code may take, with the
 * full name of each (北京市朝阳区): the current ones, and those retired since the 2002 revision,
 * because a resident ID keeps the code of its first registration for life.
 *
 * <p>Identity holds no table: whoever checks identifiers hands a source in. The node's is the region
 * module's, the one reader of the national table; a test may hand in a few codes of its own.
 */
public interface AddressCodes {

  /** Whether the six-digit code is in the table, current or retired. */
  boolean isKnown(String code);

  /**
   * The name from province down, without grouping placeholders such as 市辖区 (for a retired code,
   * as in the last revision that held it); empty when unknown.
   */
  Optional<String> fullName(String code);

  /** For a retired code, the last GB/T 2260 revision that held it ({@code 2016-07}); empty otherwise. */
  Optional<String> lastRevision(String code);

  /** How many codes the table holds. */
  int size();
}
