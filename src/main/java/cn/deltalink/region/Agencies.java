package cn.deltalink.region;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The police agencies of the region, as the region's data set lists them. Division codes are taken as
 * {@link Divisions} takes them (2, 4 or 6 digits; a malformed one is an {@link IllegalArgumentException}).
 */
public interface Agencies {

  Optional<Agency> find(String code);

  /** The provincial department of a province (GB/T 2260 two-digit code). */
  Agency provincialDepartment(String provinceCode);

  /** The agencies that report directly to the given one, in code order. */
  List<Agency> under(String parentCode);

  /** The agencies whose jurisdiction is exactly this division (2, 4 or 6 digits), in code order. */
  List<Agency> at(String divisionCode);

  /** The agencies in this division or any division inside it, optionally of one kind, in code order. */
  List<Agency> within(String divisionCode, @Nullable AgencyKind kind);

  /** The agencies above the given one, nearest first, up to its provincial department. */
  List<Agency> chainAbove(String code);

  /**
   * Agencies whose Chinese or English name contains the text, or whose code starts with it. The text
   * is matched literally (no wildcards, no SQL).
   */
  List<Agency> search(String text, int limit);
}
