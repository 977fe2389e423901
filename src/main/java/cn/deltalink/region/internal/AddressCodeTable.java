package cn.deltalink.region.internal;

import cn.deltalink.identity.AddressCodes;
import cn.deltalink.platform.CsvRows;
import cn.deltalink.region.DivisionCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The address codes a resident ID may carry, as identity asks for them: the current divisions from
 * the {@link DivisionTable} the node loaded, and the codes retired since the 2002 revision (ADR 006),
 * read here once from the national data set. This is the region module's answer to identity's {@link
 * AddressCodes}, so the national table has one reader.
 */
@Component
class AddressCodeTable implements AddressCodes {

  /** A code no longer in the current table: its full name and the last revision that held it ({@code 2016-07}). */
  record Retired(String fullName, String lastRevision) {}

  private final DivisionTable current;
  private final Map<String, Retired> retired;

  AddressCodeTable(DivisionTable current) {
    this.current = current;
    this.retired = Map.copyOf(retired(CsvRows.read(RegionFolder.RETIRED_DIVISIONS)));
  }

  /** Rows {@code code,full name,yyyymm}. */
  static Map<String, Retired> retired(CsvRows csv) {
    Map<String, Retired> retired = new HashMap<>();
    for (CsvRows.Row row : csv.rows()) {
      String revision = row.field(2);
      if (revision.length() != 6) {
        throw new IllegalStateException(csv.resource() + " line " + row.line() + ": revision " + revision + " is not yyyymm");
      }
      retired.put(row.field(0), new Retired(row.field(1), revision.substring(0, 4) + "-" + revision.substring(4)));
    }
    return retired;
  }

  @Override
  public boolean isKnown(String code) {
    return isCurrent(code) || retired.containsKey(code);
  }

  @Override
  public Optional<String> fullName(String code) {
    return isCurrent(code) ? current.fullName(code) : Optional.ofNullable(retired.get(code)).map(Retired::fullName);
  }

  @Override
  public Optional<String> lastRevision(String code) {
    return isCurrent(code) ? Optional.empty() : Optional.ofNullable(retired.get(code)).map(Retired::lastRevision);
  }

  @Override
  public int size() {
    return current.size() + retired.size();
  }

  private boolean isCurrent(String code) {
    // Identity asks with six digits; anything else is simply not a division code.
    return code.length() == 6 && DivisionCode.isWellFormed(code) && current.find(code).isPresent();
  }
}
