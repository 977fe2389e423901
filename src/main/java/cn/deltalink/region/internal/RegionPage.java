package cn.deltalink.region.internal;

import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.Division;
import cn.deltalink.region.Divisions;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region browser: member provinces, drill-down to cities and counties (htmx swaps the panel;
 * without JavaScript every link is a whole page), the agencies of each division, and a search by name
 * or code.
 */
@Controller
class RegionPage {

  /** One division as the page lists it. */
  record DivisionRow(Division division, String fullName, boolean inRegion) {}

  /** The panel of one division: where it sits, what lies below, which agencies serve it. */
  record DivisionPanel(DivisionRow row, List<DivisionRow> path, List<DivisionRow> children, List<Agency> agencies) {}

  /** An agency as a search lists it, with the full name of its division. */
  record AgencyRow(Agency agency, String divisionName) {}

  /** What a search found; {@code problem} is a message key when the text was refused. */
  record SearchResults(String query, List<DivisionRow> divisions, List<AgencyRow> agencies, @Nullable String problem) {}

  private static final int DIVISION_HITS = 50;
  private static final int AGENCY_HITS = 100;

  private final Divisions divisions;
  private final Agencies agencies;

  RegionPage(Divisions divisions, Agencies agencies) {
    this.divisions = divisions;
    this.agencies = agencies;
  }

  @GetMapping("/regions")
  String regions(@RequestParam(required = false) @Nullable String q, @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
    if (q != null) {
      model.addAttribute("results", search(q));
    }
    if (htmx != null && q != null) {
      return "regions :: results";
    }
    return page(model);
  }

  @GetMapping("/regions/{code}")
  String division(@PathVariable String code, @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model, HttpServletResponse response) {
    Optional<Division> division = Optional.empty();
    String problem = "region.problem.unknown";
    int status = HttpServletResponse.SC_NOT_FOUND;
    try {
      division = divisions.find(code);
    } catch (IllegalArgumentException malformed) {
      problem = "region.problem.malformed";
      status = HttpServletResponse.SC_BAD_REQUEST;
    }
    model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) + "…" : code);
    if (division.isPresent()) {
      model.addAttribute("panel", panel(division.get()));
    } else {
      model.addAttribute("problem", problem);
    }
    if (htmx != null) {
      // htmx swaps only successful answers; a refusal is shown inside the panel instead.
      return "regions :: panel";
    }
    if (division.isEmpty()) {
      response.setStatus(status);
    }
    return page(model);
  }

  private String page(Model model) {
    model.addAttribute("region", divisions.region());
    model.addAttribute("provinces", rows(divisions.provinces()));
    return "regions";
  }

  private DivisionPanel panel(Division d) {
    return new DivisionPanel(row(d), rows(divisions.path(d.code())), rows(divisions.children(d.code())), agencies.at(d.code()));
  }

  private SearchResults search(String q) {
    String text = q.strip();
    if (text.isEmpty()) {
      return new SearchResults(text, List.of(), List.of(), "region.problem.empty");
    }
    if (text.length() > RegionApi.MAX_QUERY) {
      return new SearchResults(text.substring(0, RegionApi.MAX_QUERY) + "…", List.of(), List.of(), "region.problem.long");
    }
    List<AgencyRow> agencyRows =
        agencies.search(text, AGENCY_HITS).stream().map(a -> new AgencyRow(a, divisions.fullName(a.divisionCode()).orElse(a.divisionCode()))).toList();
    return new SearchResults(text, rows(divisions.search(text, DIVISION_HITS)), agencyRows, null);
  }

  private List<DivisionRow> rows(List<Division> list) {
    return list.stream().map(this::row).toList();
  }

  private DivisionRow row(Division d) {
    return new DivisionRow(d, divisions.fullName(d.code()).orElse(d.name()), divisions.contains(d.code()));
  }
}
