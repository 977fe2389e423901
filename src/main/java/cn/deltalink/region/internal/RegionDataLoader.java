package cn.deltalink.region.internal;

import cn.deltalink.platform.CsvRows;
import cn.deltalink.region.Agency;
import cn.deltalink.region.Division;
import cn.deltalink.region.DivisionCode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the national division table and the configured region's agencies into the node's database
 * while the node starts, before any other part can ask for them. A data set whose checksum matches
 * the one recorded in {@code region_data_set} is skipped; otherwise its rows are upserted in one batch,
 * so that a newer data set replaces names without touching what refers to the codes.
 */
@Component
class RegionDataLoader implements InitializingBean {

  /** What happened to one data set. */
  enum Outcome {
    LOADED,
    UNCHANGED
  }

  private static final Logger log = LoggerFactory.getLogger(RegionDataLoader.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final RegionFolder folder;

  RegionDataLoader(JdbcTemplate jdbc, TransactionTemplate tx, RegionFolder folder) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.folder = folder;
  }

  @Override
  public void afterPropertiesSet() {
    load();
  }

  /** Loads what changed; answers per data set ({@code divisions}, {@code agencies}) what it did. */
  Map<String, Outcome> load() {
    CsvRows divisions = CsvRows.read(RegionFolder.DIVISIONS);
    CsvRows agencies = CsvRows.read(folder.agencies());
    return tx.execute(
        status -> {
          // Instances of one node sharing a database start together; one loads, the others wait and skip.
          jdbc.queryForList("select pg_advisory_xact_lock(2260)");
          Outcome d = unchanged("divisions", divisions) ? Outcome.UNCHANGED : loadDivisions(divisions);
          Set<String> known = new HashSet<>(jdbc.queryForList("select code from division", String.class));
          checkProvinces(known);
          Outcome a = unchanged("agencies", agencies) ? Outcome.UNCHANGED : loadAgencies(agencies, known, status);
          log.info("Region {}: divisions {}, agencies {}", folder.region().key(), d, a);
          return Map.of("divisions", d, "agencies", a);
        });
  }

  private boolean unchanged(String name, CsvRows csv) {
    return jdbc.queryForList("select 1 from region_data_set where name = ? and source = ? and checksum = ?", Integer.class, name, csv.resource(), csv.checksum())
        .size() == 1;
  }

  private Outcome loadDivisions(CsvRows csv) {
    // The statistical source lists prefecture-level cities without counties (东莞, 中山, 儋州) once
    // more as their own county; those echo rows carry no information and are left out.
    List<Division> divisions = csv.rows().stream().filter(row -> !row.field(0).equals(row.field(2))).map(row -> division(csv, row)).toList();
    if (divisions.stream().map(Division::code).distinct().count() != divisions.size()) {
      throw new IllegalStateException(csv.resource() + " lists a division code twice");
    }
    jdbc.batchUpdate(
        """
        insert into division (code, name_zh, parent_code, level) values (?, ?, ?, ?)
        on conflict (code) do update set name_zh = excluded.name_zh, parent_code = excluded.parent_code, level = excluded.level
        """,
        divisions.stream().map(d -> new Object[] {d.code(), d.name(), d.parentCode(), (short) (d.level().ordinal() + 1)}).toList());
    record("divisions", csv, divisions.size());
    return Outcome.LOADED;
  }

  private Outcome loadAgencies(CsvRows csv, Set<String> divisionCodes, TransactionStatus status) {
    List<Agency> agencies = AgencyDataSet.parse(csv, divisionCodes, folder.region());
    jdbc.batchUpdate(
        """
        insert into agency (code, name_zh, name_en, kind, division_code, parent_code) values (?, ?, ?, ?, ?, ?)
        on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
          kind = excluded.kind, division_code = excluded.division_code, parent_code = excluded.parent_code
        """,
        agencies.stream().map(a -> new Object[] {a.code(), a.nameZh(), a.nameEn(), a.kind().name(), a.divisionCode(), a.parentCode()}).toList());
    removeAgenciesNotIn(agencies, status);
    record("agencies", csv, agencies.size());
    return Outcome.LOADED;
  }

  /**
   * Agencies the data set no longer lists go, unless other records still point at them (then they
   * stay, and the log says so), because a name on an old case must keep resolving.
   */
  private void removeAgenciesNotIn(List<Agency> agencies, TransactionStatus status) {
    jdbc.execute("create temporary table listed_agency (code varchar(12) primary key) on commit drop");
    jdbc.batchUpdate("insert into listed_agency (code) values (?)", agencies.stream().map(a -> new Object[] {a.code()}).toList());
    // The data set's own parent links are checked now, so that a failure below can only be the removal.
    jdbc.execute("set constraints all immediate");
    Object savepoint = status.createSavepoint();
    try {
      int removed = jdbc.update("delete from agency where code not in (select code from listed_agency)");
      status.releaseSavepoint(savepoint);
      if (removed > 0) {
        log.info("Removed {} agencies that the region's data set no longer lists", removed);
      }
    } catch (DataIntegrityViolationException e) {
      status.rollbackToSavepoint(savepoint);
      log.warn("Agencies that the data set no longer lists are still referred to and stay: {}", e.getMostSpecificCause().getMessage());
    }
  }

  private void checkProvinces(Set<String> known) {
    for (String province : folder.region().provinceCodes()) {
      if (!known.contains(province + "0000")) {
        throw new IllegalStateException("Region " + folder.region().key() + " names province " + province + ", which GB/T 2260 does not have");
      }
    }
  }

  private void record(String name, CsvRows csv, int rows) {
    jdbc.update(
        """
        insert into region_data_set (name, source, checksum, row_count) values (?, ?, ?, ?)
        on conflict (name) do update set source = excluded.source, checksum = excluded.checksum,
          row_count = excluded.row_count, loaded_at = now()
        """,
        name,
        csv.resource(),
        csv.checksum(),
        rows);
  }

  private static Division division(CsvRows csv, CsvRows.Row row) {
    try {
      String parent = row.field(2);
      Division.Level level = Division.Level.values()[Integer.parseInt(row.field(3)) - 1];
      Division division = new Division(row.field(0), row.field(1), level, parent.isEmpty() ? null : parent);
      if (level != Division.Level.of(new DivisionCode(division.code()))) {
        throw new IllegalArgumentException("level " + row.field(3) + " does not fit code " + division.code());
      }
      return division;
    } catch (RuntimeException e) {
      throw new IllegalStateException(csv.resource() + " line " + row.line() + ": " + e.getMessage(), e);
    }
  }
}
