package cn.deltalink.region.internal;

import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyCode;
import cn.deltalink.region.AgencyKind;
import cn.deltalink.region.Division;
import cn.deltalink.region.DivisionCode;
import cn.deltalink.region.Divisions;
import cn.deltalink.region.internal.RegionViews.AgencyDetail;
import cn.deltalink.region.internal.RegionViews.DivisionDetail;
import cn.deltalink.region.internal.RegionViews.DivisionSummary;
import cn.deltalink.region.internal.RegionViews.RegionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The region's reference data as JSON: divisions (national GB/T 2260 table) and police agencies. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Region", description = "Administrative divisions (GB/T 2260) and police agencies of the configured region")
class RegionApi {

  static final int MAX_QUERY = 100;
  private static final int SEARCH_LIMIT = 200;

  private final Divisions divisions;
  private final Agencies agencies;

  RegionApi(Divisions divisions, Agencies agencies) {
    this.divisions = divisions;
    this.agencies = agencies;
  }

  @GetMapping("/regions")
  @Operation(summary = "The configured region: its names and member provinces")
  RegionView region() {
    var region = divisions.region();
    return new RegionView(region.key(), region.nameZh(), region.nameEn(), summaries(divisions.provinces()));
  }

  @GetMapping("/regions/search")
  @Operation(summary = "Divisions whose name contains the text or whose code starts with it (region members first)")
  List<DivisionSummary> searchDivisions(@RequestParam("q") String q) {
    return summaries(divisions.search(query(q), SEARCH_LIMIT));
  }

  @GetMapping("/regions/{code}")
  @Operation(summary = "One division (2, 4 or 6 digits) with its full name and path; inRegion says whether it belongs to the region")
  DivisionDetail division(@Parameter(example = "320115") @PathVariable String code) {
    Division d = existing(code);
    return new DivisionDetail(
        d.code(), d.name(), divisions.fullName(d.code()).orElse(d.name()), d.level(), d.parentCode(), divisions.contains(d.code()), summaries(divisions.path(d.code())));
  }

  @GetMapping("/regions/{code}/children")
  @Operation(summary = "The divisions directly below (a province's cities, a city's counties; none for a county)")
  List<DivisionSummary> children(@Parameter(example = "32") @PathVariable String code) {
    return summaries(divisions.children(existing(code).code()));
  }

  @GetMapping("/agencies")
  @Operation(summary = "Agencies in a division (and below), of a kind, or whose name or code matches q; all filters optional")
  List<Agency> agencies(
      @Parameter(example = "3201") @RequestParam(required = false) @Nullable String division,
      @Parameter(example = "COUNTY_BUREAU") @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String q) {
    AgencyKind k = kind == null || kind.isBlank() ? null : kind(kind);
    DivisionCode within = division == null || division.isBlank() ? null : new DivisionCode(existing(division).code());
    Stream<Agency> found;
    if (q != null && !q.isBlank()) {
      found = agencies.search(query(q), SEARCH_LIMIT).stream();
    } else if (within != null) {
      found = agencies.within(within.value(), k).stream();
    } else {
      found = divisions.region().provinceCodes().stream().flatMap(p -> agencies.within(p, k).stream());
    }
    return found.filter(a -> k == null || a.kind() == k).filter(a -> within == null || within.encloses(new DivisionCode(a.divisionCode()))).toList();
  }

  @GetMapping("/agencies/{code}")
  @Operation(summary = "One agency with the agencies above it (nearest first) and those directly below")
  AgencyDetail agency(@Parameter(example = "320115000000") @PathVariable String code) {
    if (!AgencyCode.isWellFormed(code)) {
      throw RequestRefused.invalid("'" + shortened(code) + "' is not an agency code: give 12 digits, e.g. 320115000000");
    }
    Agency a = agencies.find(code).orElseThrow(() -> RequestRefused.notFound("No agency has the code " + code + " in the region " + divisions.region().key()));
    return new AgencyDetail(
        a.code(),
        a.nameZh(),
        a.nameEn(),
        a.kind(),
        a.divisionCode(),
        divisions.fullName(a.divisionCode()).orElse(a.divisionCode()),
        a.parentCode(),
        agencies.chainAbove(a.code()),
        agencies.under(a.code()));
  }

  private Division existing(String code) {
    try {
      return divisions.find(code).orElseThrow(() -> RequestRefused.notFound(DivisionCode.of(code).value() + " is not a GB/T 2260 division code"));
    } catch (IllegalArgumentException malformed) {
      throw RequestRefused.invalid(malformed.getMessage());
    }
  }

  private List<DivisionSummary> summaries(List<Division> list) {
    return list.stream().map(d -> DivisionSummary.of(d, divisions)).toList();
  }

  static String query(String q) {
    String text = q.strip();
    if (text.isEmpty()) {
      throw RequestRefused.invalid("Give a name or a code to search for.");
    }
    if (text.length() > MAX_QUERY) {
      throw RequestRefused.invalid("The search text is " + text.length() + " characters long; at most " + MAX_QUERY + " are allowed.");
    }
    return text;
  }

  private static AgencyKind kind(String text) {
    return Arrays.stream(AgencyKind.values())
        .filter(k -> k.name().equalsIgnoreCase(text.strip()))
        .findFirst()
        .orElseThrow(() -> RequestRefused.invalid("'" + shortened(text) + "' is not an agency kind: use one of " + Arrays.toString(AgencyKind.values())));
  }

  private static String shortened(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
