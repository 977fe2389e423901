package cn.deltalink.fraudanalysis.internal.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which header names of a transaction file hold which field. Source, target, amount and time are
 * required; the others are read when named. AMLSim's transactions file imports with
 * {@code {"source":"orig_acct","target":"bene_acct","amount":"base_amt","time":"tran_timestamp","label":"is_sar","channel":"tx_type"}}.
 */
public record ColumnMapping(Map<String, String> columns) {

  public static final List<String> REQUIRED = List.of("source", "target", "amount", "time");
  public static final List<String> OPTIONAL = List.of("label", "typology", "channel", "branchDivision", "targetBranchDivision", "bank", "device", "ip", "phone");

  public ColumnMapping {
    List<String> problems = new ArrayList<>();
    for (String field : REQUIRED) {
      String column = columns.get(field);
      if (column == null || column.isBlank()) {
        problems.add(field);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("The mapping names no column for " + String.join(", ", problems) + " (required: " + String.join(", ", REQUIRED) + ")");
    }
    for (String field : columns.keySet()) {
      if (!REQUIRED.contains(field) && !OPTIONAL.contains(field)) {
        throw new IllegalArgumentException("The mapping has an unknown field " + field + "; fields are " + String.join(", ", REQUIRED) + " and optionally " + String.join(", ", OPTIONAL));
      }
    }
    Map<String, String> copy = new LinkedHashMap<>();
    columns.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        copy.put(k, v.strip());
      }
    });
    columns = Map.copyOf(copy);
  }

  public @Nullable String column(String field) {
    return columns.get(field);
  }

  /** Where each named field stands in this header; fails naming the mapped columns the header lacks. */
  public int[] positionsIn(String[] header) {
    List<String> all = new ArrayList<>(REQUIRED);
    all.addAll(OPTIONAL);
    int[] positions = new int[all.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      String column = columns.get(all.get(i));
      positions[i] = -1;
      if (column == null) {
        continue;
      }
      for (int h = 0; h < header.length; h++) {
        if (header[h].strip().replace("\uFEFF", "").equalsIgnoreCase(column)) {
          positions[i] = h;
          break;
        }
      }
      if (positions[i] < 0) {
        missing.add(all.get(i) + "=" + column);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("The file's header has no column " + String.join(", ", missing));
    }
    return positions;
  }

  public boolean labelled() {
    return columns.containsKey("label");
  }
}
