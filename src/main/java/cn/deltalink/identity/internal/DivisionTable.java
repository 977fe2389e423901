package cn.deltalink.identity.internal;

import cn.deltalink.identity.AddressCodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The national GB/T 2260 table read from the classpath CSV the region data set ships ({@code
 * code,name,parentCode,level}). Read directly rather than through the region module so that identity
 * stays a leaf module usable without a database.
 */
public final class DivisionTable implements AddressCodes {

  public static final String NATIONAL_RESOURCE = "region/gbt2260/divisions.csv";

  /** Names that only group counties under a province or city and are left out of a full name. */
  private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  private record Division(String name, @Nullable String parent) {}

  private final Map<String, Division> divisions;

  private DivisionTable(Map<String, Division> divisions) {
    this.divisions = Map.copyOf(divisions);
  }

  /** The national table, read once on first use. */
  public static DivisionTable national() {
    return National.TABLE;
  }

  private static final class National {
    static final DivisionTable TABLE = read(NATIONAL_RESOURCE);
  }

  /** Reads a table in the CSV layout from the classpath. */
  public static DivisionTable read(String resource) {
    InputStream in = DivisionTable.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Division table missing: classpath:" + resource);
    }
    Map<String, Division> divisions = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",", -1);
        String code = f[0].strip();
        String parent = f[2].strip();
        // Cities without counties (东莞市) appear a second time as their own county; keep the row
        // that points to the province so that walking up ends.
        if (!parent.equals(code)) {
          divisions.put(code, new Division(f[1].strip(), parent.isEmpty() ? null : parent));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DivisionTable(divisions);
  }

  @Override
  public boolean isKnown(String code) {
    return divisions.containsKey(code);
  }

  @Override
  public Optional<String> fullName(String code) {
    if (!isKnown(code)) {
      return Optional.empty();
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

  @Override
  public int size() {
    return divisions.size();
  }
}
