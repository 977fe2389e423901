package cn.deltalink.population.internal.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a CSV file holds which field of a resident. The header is read by the usual names
 * of household-registration exports (公民身份号码, 姓名, 性别, …, or the API's English field names);
 * an explicit mapping {@code field=header;field=header} overrides them for files with other headers.
 */
record ImportColumns(Map<String, Integer> columns) {

  static final List<String> FIELDS = List.of("residentId", "name", "sex", "birthDate", "householdAddressCode", "householdNumber", "status");
  static final List<String> REQUIRED = List.of("residentId", "name", "householdAddressCode", "householdNumber");

  private static final Map<String, List<String>> KNOWN =
      Map.of(
          "residentId", List.of("residentid", "公民身份号码", "身份证号", "身份证号码", "id"),
          "name", List.of("name", "姓名"),
          "sex", List.of("sex", "性别"),
          "birthDate", List.of("birthdate", "出生日期"),
          "householdAddressCode", List.of("householdaddresscode", "户籍地行政区划代码", "住址代码", "行政区划代码"),
          "householdNumber", List.of("householdnumber", "户号"),
          "status", List.of("status", "人员状态", "状态"));

  /** The columns of the header, with the mapping's overrides; fails naming a missing required field. */
  static ImportColumns of(List<String> header, String mapping) {
    Map<String, String> explicit = parse(mapping);
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (String field : FIELDS) {
      Optional<Integer> index = explicit.containsKey(field) ? find(header, List.of(explicit.get(field))) : find(header, KNOWN.get(field));
      index.ifPresent(i -> columns.put(field, i));
      if (explicit.containsKey(field) && index.isEmpty()) {
        throw new IllegalArgumentException("mapping names column '" + explicit.get(field) + "' for " + field + ", but the header has no such column");
      }
    }
    for (String field : REQUIRED) {
      if (!columns.containsKey(field)) {
        throw new IllegalArgumentException("the header has no column for " + field + " (known names: " + String.join(", ", KNOWN.get(field)) + "; or map it: mapping=" + field + "=<header>)");
      }
    }
    return new ImportColumns(Map.copyOf(columns));
  }

  String value(List<String> fields, String field) {
    Integer index = columns.get(field);
    return index == null || index >= fields.size() ? "" : fields.get(index).strip();
  }

  /** The mapping as stored with the import, for the record. */
  String describe(List<String> header) {
    StringBuilder b = new StringBuilder();
    columns.forEach((field, index) -> b.append(b.isEmpty() ? "" : ";").append(field).append('=').append(header.get(index).strip()));
    return b.toString();
  }

  private static Optional<Integer> find(List<String> header, List<String> names) {
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip().replace("\uFEFF", "");
      for (String n : names) {
        if (h.equalsIgnoreCase(n) || h.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "").equals(n.toLowerCase(Locale.ROOT))) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> parse(String mapping) {
    Map<String, String> explicit = new LinkedHashMap<>();
    if (mapping == null || mapping.isBlank()) {
      return explicit;
    }
    for (String pair : mapping.split("[;\\n]")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String field = eq < 0 ? "" : pair.substring(0, eq).strip();
      if (!FIELDS.contains(field) || pair.substring(eq + 1).isBlank()) {
        throw new IllegalArgumentException("mapping is field=header pairs separated by ';' with fields " + String.join(", ", FIELDS) + ", not '" + pair.strip() + "'");
      }
      explicit.put(field, pair.substring(eq + 1).strip());
    }
    return explicit;
  }
}
