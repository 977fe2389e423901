package cn.deltalink.region.internal;

import cn.deltalink.region.Division;
import cn.deltalink.region.DivisionCode;
import cn.deltalink.region.Divisions;
import cn.deltalink.region.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The division table held in memory: a few thousand rows that never change while the node runs, asked
 * for on every resident ID check and every page of the region browser. Read once from the database
 * after {@link RegionDataLoader} has brought it up to date.
 */
@Component
class DivisionTable implements Divisions {

  private final Region region;
  private final Map<String, Division> byCode = new LinkedHashMap<>();
  private final Map<String, List<Division>> byParent = new HashMap<>();

  DivisionTable(JdbcClient jdbc, RegionFolder folder, RegionDataLoader loadedFirst) {
    this.region = folder.region();
    jdbc.sql("select code, name_zh, parent_code, level from division order by code")
        .query(
            (rs, row) ->
                new Division(rs.getString("code"), rs.getString("name_zh"), Division.Level.values()[rs.getInt("level") - 1], rs.getString("parent_code")))
        .list()
        .forEach(
            d -> {
              byCode.put(d.code(), d);
              if (d.parentCode() != null) {
                byParent.computeIfAbsent(d.parentCode(), p -> new ArrayList<>()).add(d);
              }
            });
  }

  /** How many codes the table holds, grouping rows included. */
  int size() {
    return byCode.size();
  }

  @Override
  public Region region() {
    return region;
  }

  @Override
  public List<Division> provinces() {
    return region.provinceCodes().stream().map(p -> byCode.get(p + "0000")).toList();
  }

  @Override
  public Optional<Division> find(String code) {
    return Optional.ofNullable(byCode.get(DivisionCode.of(code).value()));
  }

  @Override
  public List<Division> children(String code) {
    List<Division> children = new ArrayList<>();
    for (Division child : byParent.getOrDefault(DivisionCode.of(code).value(), List.of())) {
      if (child.isGrouping()) {
        children.addAll(byParent.getOrDefault(child.code(), List.of()));
      } else {
        children.add(child);
      }
    }
    children.sort(Comparator.comparing(Division::code));
    return List.copyOf(children);
  }

  @Override
  public boolean contains(String code) {
    return DivisionCode.isWellFormed(code) && region.includes(DivisionCode.of(code));
  }

  @Override
  public List<Division> path(String code) {
    Division target = byCode.get(DivisionCode.of(code).value());
    List<Division> path = new ArrayList<>();
    for (Division d = target; d != null; d = d.parentCode() == null ? null : byCode.get(d.parentCode())) {
      if (d == target || !d.isGrouping()) {
        path.add(0, d);
      }
    }
    return List.copyOf(path);
  }

  @Override
  public Optional<String> fullName(String code) {
    List<Division> path = path(code);
    return path.isEmpty() ? Optional.empty() : Optional.of(String.join("", path.stream().map(Division::name).toList()));
  }

  @Override
  public List<Division> search(String text, int limit) {
    String query = text == null ? "" : text.strip();
    if (query.isEmpty() || limit <= 0) {
      return List.of();
    }
    return byCode.values().stream()
        .filter(d -> !d.isGrouping())
        .filter(d -> d.name().contains(query) || d.code().startsWith(query))
        .sorted(Comparator.comparing((Division d) -> !region.includes(new DivisionCode(d.code()))).thenComparing(Division::code))
        .limit(limit)
        .toList();
  }
}
