package cn.deltalink.region.internal;

import cn.deltalink.platform.CsvRows;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyKind;
import cn.deltalink.region.DivisionCode;
import cn.deltalink.region.Region;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a region's {@code agencies.csv} and refuses it, naming file and line, unless it holds
 * together: known division inside the region, code starting with that division's code, a parent that
 * is in the same file, no cycles. A data set that loads is one the API can walk without surprises.
 */
final class AgencyDataSet {

  private AgencyDataSet() {}

  static List<Agency> parse(CsvRows csv, Set<String> divisionCodes, Region region) {
    Map<String, Agency> agencies = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (CsvRows.Row row : csv.rows()) {
      Agency agency = agency(csv, row);
      String where = csv.resource() + " line " + row.line() + ": ";
      if (!divisionCodes.contains(agency.divisionCode())) {
        throw new IllegalStateException(where + agency.divisionCode() + " is not a GB/T 2260 division code");
      }
      if (!region.includes(new DivisionCode(agency.divisionCode()))) {
        throw new IllegalStateException(where + "division " + agency.divisionCode() + " is outside the region's provinces " + region.provinceCodes());
      }
      if (!agency.code().startsWith(agency.divisionCode())) {
        throw new IllegalStateException(where + "code " + agency.code() + " must start with its division code " + agency.divisionCode());
      }
      if (agencies.putIfAbsent(agency.code(), agency) != null) {
        throw new IllegalStateException(where + "code " + agency.code() + " appears twice");
      }
      lines.put(agency.code(), row.line());
    }
    for (Agency agency : agencies.values()) {
      String where = csv.resource() + " line " + lines.get(agency.code()) + ": ";
      if (agency.parentCode() != null && !agencies.containsKey(agency.parentCode())) {
        throw new IllegalStateException(where + "parent " + agency.parentCode() + " of " + agency.code() + " is not in the data set");
      }
      if (agency.parentCode() == null && agency.kind() != AgencyKind.PROVINCIAL_DEPARTMENT) {
        throw new IllegalStateException(where + agency.code() + " needs a parent; only provincial departments stand alone");
      }
      Set<String> seen = new HashSet<>();
      for (Agency a = agency; a.parentCode() != null; a = agencies.get(a.parentCode())) {
        if (!seen.add(a.code())) {
          throw new IllegalStateException(where + agency.code() + " is its own ancestor");
        }
      }
    }
    for (String province : region.provinceCodes()) {
      if (!agencies.containsKey(province + "0000000000")) {
        throw new IllegalStateException(csv.resource() + ": no provincial department " + province + "0000000000 for member province " + province);
      }
    }
    return new ArrayList<>(agencies.values());
  }

  private static Agency agency(CsvRows csv, CsvRows.Row row) {
    if (row.fields().size() != 6) {
      throw new IllegalStateException(
          csv.resource() + " line " + row.line() + ": expected 6 fields (code, name zh, name en, kind, division, parent), found " + row.fields().size());
    }
    try {
      String parent = row.field(5);
      return new Agency(row.field(0), row.field(1), row.field(2), kind(row.field(3)), row.field(4), parent.isEmpty() ? null : parent);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(csv.resource() + " line " + row.line() + ": " + e.getMessage(), e);
    }
  }

  private static AgencyKind kind(String text) {
    for (AgencyKind kind : AgencyKind.values()) {
      if (kind.name().equals(text)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("kind '" + text + "' is not one of " + java.util.Arrays.toString(AgencyKind.values()));
  }
}
