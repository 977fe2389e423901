package cn.deltalink.region.internal;

import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies read from the {@code agency} table. */
@Repository
class AgencyRecords implements Agencies {

  private static final String COLUMNS = "code, name_zh, name_en, kind, division_code, parent_code";

  private final JdbcClient jdbc;

  AgencyRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Agency> find(String code) {
    return jdbc.sql("select " + COLUMNS + " from agency where code = :code").param("code", code).query(AgencyRecords::map).optional();
  }

  @Override
  public Agency provincialDepartment(String provinceCode) {
    return find(provinceCode + "0000000000")
        .orElseThrow(() -> new IllegalStateException("The region data set has no provincial department for province " + provinceCode));
  }

  @Override
  public List<Agency> under(String parentCode) {
    return jdbc.sql("select " + COLUMNS + " from agency where parent_code = :p order by code").param("p", parentCode).query(AgencyRecords::map).list();
  }

  private static Agency map(ResultSet rs, int row) throws SQLException {
    return new Agency(
        rs.getString("code"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        AgencyKind.valueOf(rs.getString("kind")),
        rs.getString("division_code"),
        rs.getString("parent_code"));
  }
}
