package cn.deltalink.fraud.internal.risk;

import cn.deltalink.fraud.RiskSource;
import cn.deltalink.fraud.RiskType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The risk entries held at this node, own and replicated, in their newest version. */
@Repository
public class RiskEntryRows {

  private static final String COLUMNS = "id, version, owner_node, type, value, label, level, sources, evidence, valid_until, recorded_by, recorded_at, changed_at";

  private final JdbcClient jdbc;

  RiskEntryRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the entry or replaces an older version of it; a version not newer than the one held changes nothing. */
  void store(RiskEntry e) {
    jdbc.sql(
            "insert into fraud_risk_entry (" + COLUMNS + ") values (:id, :version, :owner, :type, :value, :label, :level, :sources, :evidence, :until, :by, :recordedAt, :changedAt)"
                + " on conflict (id) do update set version = excluded.version, label = excluded.label, level = excluded.level, sources = excluded.sources,"
                + " evidence = excluded.evidence, valid_until = excluded.valid_until, changed_at = excluded.changed_at where fraud_risk_entry.version < excluded.version")
        .param("id", e.id())
        .param("version", e.version())
        .param("owner", e.ownerNode())
        .param("type", e.type().slug())
        .param("value", e.value())
        .param("label", e.label())
        .param("level", e.level())
        .param("sources", String.join(",", e.sources().stream().map(RiskSource::slug).toList()))
        .param("evidence", e.evidence())
        .param("until", e.validUntil())
        .param("by", e.recordedBy())
        .param("recordedAt", e.recordedAt().atOffset(ZoneOffset.UTC))
        .param("changedAt", e.changedAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  Optional<RiskEntry> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from fraud_risk_entry where id = ?").param(id).query(RiskEntryRows::entry).optional();
  }

  Optional<RiskEntry> own(String ownerNode, RiskType type, String value) {
    return jdbc.sql("select " + COLUMNS + " from fraud_risk_entry where owner_node = ? and type = ? and value = ? for update")
        .params(ownerNode, type.slug(), value)
        .query(RiskEntryRows::entry)
        .optional();
  }

  /** Every entry, of any owner, held under one of the values of a type. */
  List<RiskEntry> under(RiskType type, Collection<String> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from fraud_risk_entry where type = :type and value in (:values)").param("type", type.slug()).param("values", values).query(RiskEntryRows::entry).list();
  }

  /** The newest entries first, optionally of one type and containing a text in value or label. */
  public List<RiskEntry> list(@Nullable RiskType type, @Nullable String text, int limit) {
    String like = text == null || text.isBlank() ? null : "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return jdbc.sql(
            "select " + COLUMNS + " from fraud_risk_entry where (cast(:type as varchar) is null or type = :type)"
                + " and (cast(:like as varchar) is null or value like :like or label like :like) order by changed_at desc, id limit :limit")
        .param("type", type == null ? null : type.slug())
        .param("like", like)
        .param("limit", limit)
        .query(RiskEntryRows::entry)
        .list();
  }

  /** How many entries the node owns. */
  public long countOwnedBy(String node) {
    return jdbc.sql("select count(*) from fraud_risk_entry where owner_node = ?").param(node).query(Long.class).single();
  }

  /** How many entries this node holds, per type slug. */
  public java.util.Map<String, Long> countByType() {
    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
    jdbc.sql("select type, count(*) from fraud_risk_entry group by type order by type").query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
    return counts;
  }

  private static RiskEntry entry(ResultSet rs, int n) throws SQLException {
    return new RiskEntry(
        rs.getObject("id", UUID.class),
        rs.getLong("version"),
        rs.getString("owner_node"),
        RiskType.parse(rs.getString("type")).orElseThrow(),
        rs.getString("value"),
        rs.getString("label"),
        rs.getInt("level"),
        Arrays.stream(rs.getString("sources").split(",")).map(s -> RiskSource.parse(s).orElseThrow()).toList(),
        rs.getString("evidence"),
        rs.getObject("valid_until", java.time.LocalDate.class),
        rs.getString("recorded_by"),
        rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(),
        rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant());
  }
}
