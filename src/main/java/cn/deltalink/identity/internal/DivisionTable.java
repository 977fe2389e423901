package cn.deltalink.identity.internal;

import cn.deltalink.identity.AddressCodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The national GB/T 2260 table read from the classpath CSVs the region data set ships: the current
 * divisions ({@code code,name,parentCode,level}) and the codes retired since 2002 ({@code
 * code,fullName,lastRevision}). Read directly rather than through the region module so that
 * identity stays a leaf module usable without a database.
 */
public final class DivisionTable implements AddressCodes {

  public static final String NATIONAL_RESOURCE = "region/gbt2260/divisions.csv";
  public static final String RETIRED_RESOURCE = "region/gbt2260/retired.csv";

  /** Names that only group counties under a province or city and are left out of a full name. */
  private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  private record Division(String name, @Nullable String parent) {}

  /** A code no longer in the current table: its full name and the last revision (yyyymm) that held it. */
  private record Retired(String fullName, String lastRevision) {}

  private final Map<String, Division> divisions;
  private final Map<String, Retired> retired;

  private DivisionTable(Map<String, Division> divisions, Map<String, Retired> retired) {
    this.divisions = Map.copyOf(divisions);
    this.retired = Map.copyOf(retired);
  }

  /** The national table, read once on first use. */
  public static DivisionTable national() {
    return National.TABLE;
  }

  private static final class National {
    static final DivisionTable TABLE = read(NATIONAL_RESOURCE, RETIRED_RESOURCE);
  }

  /** Reads the current and the retired table in their CSV layouts from the classpath. */
  public static DivisionTable read(String resource, String retiredResource) {
    Map<String, Division> divisions = new HashMap<>();
    for (String[] f : rows(resource)) {
      String code = f[0].strip();
      String parent = f[2].strip();
      // Cities without counties (东莞市) appear a second time as their own county; keep the row
      // that points to the province so that walking up ends.
      if (!parent.equals(code)) {
        divisions.put(code, new Division(f[1].strip(), parent.isEmpty() ? null : parent));
      }
    }
    Map<String, Retired> retired = new HashMap<>();
    for (String[] f : rows(retiredResource)) {
      String revision = f[2].strip();
      retired.put(f[0].strip(), new Retired(f[1].strip(), revision.substring(0, 4) + "-" + revision.substring(4)));
    }
    return new DivisionTable(divisions, retired);
  }

  private static List<String[]> rows(String resource) {
    InputStream in = DivisionTable.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Division table missing: classpath:" + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split(",", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  @Override
  public boolean isKnown(String code) {
    return divisions.containsKey(code) || retired.containsKey(code);
  }

  @Override
  public Optional<String> lastRevision(String code) {
    return divisions.containsKey(code) ? Optional.empty() : Optional.ofNullable(retired.get(code)).map(Retired::lastRevision);
  }

  @Override
  public Optional<String> fullName(String code) {
    if (!divisions.containsKey(code)) {
      return Optional.ofNullable(retired.get(code)).map(Retired::fullName);
    }
    StringBuilder name = new StringBuilder();
    String at = code;
    for (int depth = 0; at != null && depth < 5; depth++) {
      Division d = divisions.get(at);
      if (d == null) {
        break;
      }
      if (!PLACEHOLDERS.contains(d.name())) {
        name.insert(0, d.name());
      }
      at = d.parent();
    }
    return Optional.of(name.toString());
  }

  /** How many codes the table holds, current and retired. */
  @Override
  public int size() {
    return divisions.size() + retired.size();
  }
}
