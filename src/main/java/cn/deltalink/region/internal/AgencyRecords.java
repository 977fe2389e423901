package cn.deltalink.region.internal;

import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyKind;
import cn.deltalink.region.DivisionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies read from the {@code agency} table, which {@link RegionDataLoader} fills first. */
@Repository
@DependsOn("regionDataLoader")
class AgencyRecords implements Agencies {

  private static final String COLUMNS = "code, name_zh, name_en, kind, division_code, parent_code";

  /** A parent chain longer than this is a data error; the loader refuses cycles, this is a guard. */
  private static final int MAX_DEPTH = 16;

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

  @Override
  public List<Agency> at(String divisionCode) {
    return jdbc.sql("select " + COLUMNS + " from agency where division_code = :d order by code")
        .param("d", DivisionCode.of(divisionCode).value())
        .query(AgencyRecords::map)
        .list();
  }

  @Override
  public List<Agency> within(String divisionCode, @Nullable AgencyKind kind) {
    String prefix = DivisionCode.of(divisionCode).prefix() + "%";
    if (kind == null) {
      return jdbc.sql("select " + COLUMNS + " from agency where division_code like :prefix order by code").param("prefix", prefix).query(AgencyRecords::map).list();
    }
    return jdbc.sql("select " + COLUMNS + " from agency where division_code like :prefix and kind = :kind order by code")
        .param("prefix", prefix)
        .param("kind", kind.name())
        .query(AgencyRecords::map)
        .list();
  }

  @Override
  public List<Agency> chainAbove(String code) {
    List<Agency> chain = new ArrayList<>();
    Optional<Agency> current = find(code);
    while (current.isPresent() && current.get().parentCode() != null && chain.size() < MAX_DEPTH) {
      current = find(current.get().parentCode());
      current.ifPresent(chain::add);
    }
    return List.copyOf(chain);
  }

  @Override
  public List<Agency> search(String text, int limit) {
    String query = text == null ? "" : text.strip();
    if (query.isEmpty() || limit <= 0) {
      return List.of();
    }
    String literal = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return jdbc.sql(
            """
            select %s from agency
            where name_zh like :contains escape '\\' or name_en ilike :contains escape '\\' or code like :starts escape '\\'
            order by code limit :limit
            """
                .formatted(COLUMNS))
        .param("contains", "%" + literal + "%")
        .param("starts", literal + "%")
        .param("limit", limit)
        .query(AgencyRecords::map)
        .list();
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
