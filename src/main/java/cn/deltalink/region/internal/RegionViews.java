package cn.deltalink.region.internal;

import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyKind;
import cn.deltalink.region.Division;
import cn.deltalink.region.Divisions;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the JSON API answers about the region, its divisions and agencies. */
final class RegionViews {

  private RegionViews() {}

  /** The configured region and its member provinces. */
  record RegionView(String key, String nameZh, String nameEn, List<DivisionSummary> provinces) {}

  /** One division as a list shows it. */
  record DivisionSummary(String code, String name, Division.Level level, @Nullable String parentCode, boolean inRegion) {
    static DivisionSummary of(Division d, Divisions divisions) {
      return new DivisionSummary(d.code(), d.name(), d.level(), d.parentCode(), divisions.contains(d.code()));
    }
  }

  /** One division with its full name and the path from its province down to it. */
  record DivisionDetail(
      String code, String name, String fullName, Division.Level level, @Nullable String parentCode, boolean inRegion, List<DivisionSummary> path) {}

  /** One agency with the chain of agencies above it (nearest first) and those directly below. */
  record AgencyDetail(
      String code,
      String nameZh,
      String nameEn,
      AgencyKind kind,
      String divisionCode,
      String divisionName,
      @Nullable String parentCode,
      List<Agency> parents,
      List<Agency> children) {}
}
