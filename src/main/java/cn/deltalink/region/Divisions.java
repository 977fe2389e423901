package cn.deltalink.region;

import java.util.List;
import java.util.Optional;

/**
 * The national table of administrative divisions (GB/T 2260, down to county level) and the region's
 * membership. The whole country is known, because resident ID numbers and addresses from anywhere
 * must resolve; {@link #contains} tells whether a division belongs to the configured region.
 *
 * <p>Codes are accepted with 2, 4 or 6 digits ({@code 32} = {@code 320000}). A malformed code is
 * refused with {@link IllegalArgumentException}, whose message names the expected form; an unknown
 * well-formed code gives an empty answer.
 */
public interface Divisions {

  /** The configured region: its key, names and member provinces. */
  Region region();

  /** The region's member provinces, in the order of the region's configuration. */
  List<Division> provinces();

  Optional<Division> find(String code);

  /**
   * The divisions directly below, in code order. Grouping rows are looked through: the children of
   * Shanghai (31) are its districts, not 310100 市辖区. A county has none.
   */
  List<Division> children(String code);

  /** Whether the division lies in one of the region's member provinces (false for malformed codes). */
  boolean contains(String code);

  /** From the province down to the division itself, grouping rows left out; empty when unknown. */
  List<Division> path(String code);

  /** The full name along the path, e.g. 江苏省南京市江宁区; empty when unknown. */
  Optional<String> fullName(String code);

  /** Divisions whose name contains the text or whose code starts with it, region members first. */
  List<Division> search(String text, int limit);
}
