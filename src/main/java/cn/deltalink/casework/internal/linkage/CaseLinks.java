package cn.deltalink.casework.internal.linkage;

import static cn.deltalink.casework.internal.Rows.instant;
import static cn.deltalink.casework.internal.Rows.required;
import static cn.deltalink.casework.internal.Rows.ts;

import cn.deltalink.casework.internal.Payloads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Case links and subscriptions, in explicit SQL. */
@Repository
public class CaseLinks {

  private final JdbcTemplate jdbc;
  private final Payloads payloads;

  CaseLinks(JdbcTemplate jdbc, Payloads payloads) {
    this.jdbc = jdbc;
    this.payloads = payloads;
  }

  /** Records a hit once per case, identifier and other agency; a later hit fills in a contact. */
  void hit(CaseLink.Side side, UUID caseId, String type, String key, String node, String agency, @Nullable String contact, Instant at) {
    jdbc.update(
        """
        insert into casework_link (id, side, case_id, entity_type, key, remote_node, remote_agency, contact, state, found_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'hit', ?)
        on conflict (side, case_id, entity_type, key, remote_node, remote_agency) do update set contact = coalesce(excluded.contact, casework_link.contact)
        """,
        UUID.randomUUID(), side.slug(), caseId, type, key, node, agency, contact, ts(at));
  }

  Optional<CaseLink> find(UUID id) {
    return jdbc.query("select * from casework_link where id = ?", this::row, id).stream().findFirst();
  }

  public List<CaseLink> ofCase(UUID caseId) {
    // an owner row that only says "they asked" is not shown beside the asker row of the same other case
    return jdbc.query(
        """
        select * from casework_link l where l.case_id = ? and not (l.side = 'owner' and l.state = 'hit' and exists (
          select 1 from casework_link a where a.side = 'asker' and a.case_id = l.case_id and a.entity_type = l.entity_type and a.key = l.key and a.remote_node = l.remote_node))
        order by l.found_at, l.id
        """,
        this::row, caseId);
  }

  /** Links of a side in a state for the cases of the agencies with this prefix. */
  public List<CaseLink> list(CaseLink.Side side, CaseLink.@Nullable State state, String agencyPrefix, int limit) {
    return jdbc.query(
        "select l.* from casework_link l join casework_case c on c.id = l.case_id where l.side = ? and (cast(? as varchar) is null or l.state = cast(? as varchar)) and c.agency like ? order by l.found_at desc limit ?",
        this::row, side.slug(), state == null ? null : state.slug(), state == null ? null : state.slug(), agencyPrefix + "%", limit);
  }

  List<CaseLink> owned(String type, String key, String askingNode, String askingAgency) {
    return jdbc.query("select * from casework_link where side = 'owner' and entity_type = ? and key = ? and remote_node = ? and remote_agency = ?", this::row, type, key, askingNode, askingAgency);
  }

  void requested(UUID id, @Nullable UUID remoteLinkId, String purpose, Instant at) {
    jdbc.update("update casework_link set state = 'details-requested', remote_link_id = coalesce(?, remote_link_id), purpose = ?, requested_at = ?, refusal = null where id = ?", remoteLinkId, purpose, ts(at), id);
  }

  void decided(UUID id, boolean approved, @Nullable String refusal, @Nullable Map<String, Object> details, Instant at, String by) {
    jdbc.update(
        "update casework_link set state = ?, refusal = ?, details = cast(? as jsonb), decided_at = ?, decided_by = ? where id = ?",
        approved ? "approved" : "refused", refusal, details == null ? null : payloads.write(details), ts(at), by, id);
  }

  void subscribe(String node, String agency, String type, String key, Instant at) {
    jdbc.update(
        "insert into casework_subscription (asking_node, asking_agency, entity_type, key, asked_at) values (?, ?, ?, ?, ?) on conflict (asking_node, entity_type, key) do update set asking_agency = excluded.asking_agency, asked_at = excluded.asked_at",
        node, agency, type, key, ts(at));
  }

  /** The nodes that asked about an identifier, with the agency that asked. */
  List<String[]> subscribers(String type, String key) {
    return jdbc.query("select asking_node, asking_agency from casework_subscription where entity_type = ? and key = ?", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, type, key);
  }

  public long awaitingDecision(String agencyPrefix) {
    Long n = jdbc.queryForObject("select count(*) from casework_link l join casework_case c on c.id = l.case_id where l.side = 'owner' and l.state = 'details-requested' and c.agency like ?", Long.class, agencyPrefix + "%");
    return n == null ? 0 : n;
  }

  @SuppressWarnings("unchecked")
  private CaseLink row(ResultSet rs, int i) throws SQLException {
    String details = rs.getString("details");
    return new CaseLink(
        rs.getObject("id", UUID.class), CaseLink.Side.valueOf(rs.getString("side").toUpperCase(java.util.Locale.ROOT)), rs.getObject("case_id", UUID.class), rs.getString("entity_type"),
        rs.getString("key"), rs.getString("remote_node"), rs.getString("remote_agency"), rs.getObject("remote_link_id", UUID.class), rs.getString("contact"),
        CaseLink.State.parse(rs.getString("state")), required(rs, "found_at"), rs.getString("purpose"), instant(rs, "requested_at"), instant(rs, "decided_at"), rs.getString("decided_by"),
        rs.getString("refusal"), details == null ? null : payloads.read(details, Map.class));
  }
}
