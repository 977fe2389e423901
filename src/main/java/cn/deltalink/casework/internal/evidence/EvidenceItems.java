package cn.deltalink.casework.internal.evidence;

import static cn.deltalink.casework.internal.Rows.required;
import static cn.deltalink.casework.internal.Rows.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Evidence items and their custody entries, in explicit SQL. */
@Repository
public class EvidenceItems {

  private final JdbcTemplate jdbc;

  EvidenceItems(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean insert(EvidenceItem e) {
    return jdbc.update(
            "insert into casework_evidence (id, case_id, kind, title, file_id, sm3, node, agency, added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing",
            e.id(), e.caseId(), e.kind(), e.title(), e.fileId(), e.sm3(), e.node(), e.agency(), ts(e.addedAt()))
        == 1;
  }

  public boolean insert(CustodyEntry c) {
    return jdbc.update(
            """
            insert into casework_custody (id, evidence_id, position, action, officer, agency, node, place, at, note, previous_sm3, signature)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
            """,
            c.id(), c.evidenceId(), c.position(), c.action().slug(), c.officer(), c.agency(), c.node(), c.place(), ts(c.at()), c.note(), c.previousSm3(), c.signature())
        == 1;
  }

  public Optional<EvidenceItem> find(UUID id) {
    return jdbc.query("select * from casework_evidence where id = ?", EvidenceItems::item, id).stream().findFirst();
  }

  public List<EvidenceItem> ofCase(UUID caseId) {
    return jdbc.query("select * from casework_evidence where case_id = ? order by added_at, id", EvidenceItems::item, caseId);
  }

  /** The kinds of evidence a case holds: what the completeness check counts as present. */
  public Set<String> kindsOf(UUID caseId) {
    return Set.copyOf(jdbc.queryForList("select distinct kind from casework_evidence where case_id = ?", String.class, caseId));
  }

  public List<CustodyEntry> custody(UUID evidenceId) {
    return jdbc.query(
        "select * from casework_custody where evidence_id = ? order by position",
        (rs, i) ->
            new CustodyEntry(
                rs.getObject("id", UUID.class), rs.getObject("evidence_id", UUID.class), rs.getInt("position"), CustodyAction.parse(rs.getString("action")), rs.getString("officer"),
                rs.getString("agency"), rs.getString("node"), rs.getString("place"), required(rs, "at"), rs.getString("note"), rs.getString("previous_sm3"), rs.getString("signature")),
        evidenceId);
  }

  private static EvidenceItem item(ResultSet rs, int i) throws SQLException {
    return new EvidenceItem(
        rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("kind"), rs.getString("title"), rs.getObject("file_id", UUID.class), rs.getString("sm3"), rs.getString("node"),
        rs.getString("agency"), required(rs, "added_at"));
  }
}
