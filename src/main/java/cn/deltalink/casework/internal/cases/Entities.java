package cn.deltalink.casework.internal.cases;

import static cn.deltalink.casework.internal.Rows.required;
import static cn.deltalink.casework.internal.Rows.ts;

import cn.deltalink.casework.internal.Payloads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The entities of cases, the links between them, and the shared timeline, in explicit SQL. */
@Repository
public class Entities {

  private final JdbcTemplate jdbc;
  private final Payloads payloads;

  Entities(JdbcTemplate jdbc, Payloads payloads) {
    this.jdbc = jdbc;
    this.payloads = payloads;
  }

  /** Stores an entity; one arriving again (same id) changes nothing. Answers whether it was new. */
  public boolean insert(CaseEntity e) {
    return jdbc.update(
            "insert into casework_entity (id, case_id, entity_type, key, label, details, node, agency, added_at) values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?) on conflict (id) do nothing",
            e.id(), e.caseId(), e.type().code(), e.key(), e.label(), payloads.write(e.details()), e.node(), e.agency(), ts(e.addedAt()))
        == 1;
  }

  public List<CaseEntity> of(UUID caseId) {
    return jdbc.query("select * from casework_entity where case_id = ? order by added_at, id", this::row, caseId);
  }

  public Optional<CaseEntity> find(UUID id) {
    return jdbc.query("select * from casework_entity where id = ?", this::row, id).stream().findFirst();
  }

  /** The entity of this type and key already in the case, if any (an identifier is recorded once per case). */
  public Optional<CaseEntity> inCase(UUID caseId, EntityType type, String key) {
    return jdbc.query("select * from casework_entity where case_id = ? and entity_type = ? and key = ?", this::row, caseId, type.code(), key).stream().findFirst();
  }

  public boolean insertLink(EntityLink link) {
    return jdbc.update(
            "insert into casework_entity_link (id, case_id, from_id, to_id, relation, added_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing",
            link.id(), link.caseId(), link.from(), link.to(), link.relation(), ts(link.addedAt()))
        == 1;
  }

  public List<EntityLink> linksOf(UUID caseId) {
    return jdbc.query(
        "select * from casework_entity_link where case_id = ? order by added_at, id",
        (rs, i) -> new EntityLink(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("from_id", UUID.class), rs.getObject("to_id", UUID.class), rs.getString("relation"), required(rs, "added_at")),
        caseId);
  }

  public boolean insertTimeline(TimelineEntry t) {
    return jdbc.update(
            "insert into casework_timeline (id, case_id, node, agency, officer, at, kind, text) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing",
            t.id(), t.caseId(), t.node(), t.agency(), t.officer(), ts(t.at()), t.kind(), t.text())
        == 1;
  }

  public List<TimelineEntry> timelineOf(UUID caseId) {
    return jdbc.query(
        "select * from casework_timeline where case_id = ? order by at, id",
        (rs, i) -> new TimelineEntry(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("node"), rs.getString("agency"), rs.getString("officer"), required(rs, "at"), rs.getString("kind"), rs.getString("text")),
        caseId);
  }

  @SuppressWarnings("unchecked")
  private CaseEntity row(ResultSet rs, int i) throws SQLException {
    return new CaseEntity(
        rs.getObject("id", UUID.class),
        rs.getObject("case_id", UUID.class),
        EntityType.parse(rs.getString("entity_type")),
        rs.getString("key"),
        rs.getString("label"),
        payloads.read(rs.getString("details"), Map.class),
        rs.getString("node"),
        rs.getString("agency"),
        required(rs, "added_at"));
  }
}
