package cn.deltalink.casework.internal.cases;

import static cn.deltalink.casework.internal.Rows.required;
import static cn.deltalink.casework.internal.Rows.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The cases held at this node, their participants, in explicit SQL. */
@Repository
public class Cases {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final JdbcTemplate jdbc;

  Cases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The next case number of an agency for the year: agency code, year, five-digit serial. */
  public String nextNumber(String agency, Instant now) {
    int year = now.atZone(CHINA).getYear();
    String prefix = "A" + agency + year;
    Integer taken = jdbc.queryForObject("select count(*) from casework_case where number like ?", Integer.class, prefix + "%");
    return prefix + String.format("%05d", (taken == null ? 0 : taken) + 1);
  }

  /** Stores a case; a joint case arriving again (same id) changes nothing. Answers whether it was new. */
  public boolean insert(Case c) {
    int rows =
        jdbc.update(
            """
            insert into casework_case (id, number, lead_node, agency, case_type, state, title, summary, officers, contact, amount, joint, opened_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing
            """,
            c.id(), c.number(), c.leadNode(), c.agency(), c.type().code(), c.state().slug(), c.title(), c.summary(), String.join("、", c.officers()), c.contact(), c.amount(), c.joint(),
            ts(c.openedAt()), ts(c.updatedAt()));
    c.participants().forEach(p -> addParticipant(c.id(), p));
    return rows == 1;
  }

  public boolean addParticipant(UUID caseId, Case.Participant p) {
    int rows = jdbc.update("insert into casework_participant (case_id, agency, node, joined_at) values (?, ?, ?, ?) on conflict do nothing", caseId, p.agency(), p.node(), ts(p.joinedAt()));
    jdbc.update("update casework_case set joint = true where id = ?", caseId);
    return rows == 1;
  }

  public void moveTo(UUID id, CaseState state, Instant at) {
    jdbc.update("update casework_case set state = ?, updated_at = ? where id = ?", state.slug(), ts(at), id);
  }

  public void touch(UUID id, Instant at) {
    jdbc.update("update casework_case set updated_at = greatest(updated_at, ?) where id = ?", ts(at), id);
  }

  public Optional<Case> find(UUID id) {
    return jdbc.query("select * from casework_case where id = ?", this::row, id).stream().findFirst();
  }

  /** Cases where one of the agencies leads or takes part, newest first (the officer's jurisdiction decides the prefix). */
  public List<Case> within(String agencyPrefix, @Nullable CaseType type, @Nullable CaseState state, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select * from casework_case c where (c.agency like ? or exists (select 1 from casework_participant p where p.case_id = c.id and p.agency like ?))");
    List<Object> args = new ArrayList<>(List.of(agencyPrefix + "%", agencyPrefix + "%"));
    if (type != null) {
      sql.append(" and c.case_type = ?");
      args.add(type.code());
    }
    if (state != null) {
      sql.append(" and c.state = ?");
      args.add(state.slug());
    }
    sql.append(" order by c.updated_at desc limit ?");
    args.add(limit);
    return jdbc.query(sql.toString(), this::row, args.toArray());
  }

  /** The cases held here that hold an identifier: what the linkage looks up. */
  public List<Case> holding(String entityType, String key) {
    return jdbc.query("select c.* from casework_case c where exists (select 1 from casework_entity e where e.case_id = c.id and e.entity_type = ? and e.key = ?) order by c.opened_at", this::row, entityType, key);
  }

  /** Counts per case type and state, for the statistics. */
  public List<TypeCount> countByType() {
    return jdbc.query(
        "select case_type, count(*) as cases, count(*) filter (where joint) as joint, count(*) filter (where state in ('solved', 'transferred', 'closed')) as solved from casework_case group by case_type order by cases desc",
        (rs, i) -> new TypeCount(rs.getString("case_type"), rs.getLong("cases"), rs.getLong("joint"), rs.getLong("solved")));
  }

  public record TypeCount(String type, long cases, long joint, long solved) {}

  private List<Case.Participant> participants(UUID caseId) {
    return jdbc.query(
        "select agency, node, joined_at from casework_participant where case_id = ? order by joined_at, agency",
        (rs, i) -> new Case.Participant(rs.getString("agency"), rs.getString("node"), required(rs, "joined_at")),
        caseId);
  }

  private Case row(ResultSet rs, int i) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    String officers = rs.getString("officers");
    return new Case(
        id,
        rs.getString("number"),
        rs.getString("lead_node"),
        rs.getString("agency"),
        CaseType.parse(rs.getString("case_type")),
        CaseState.parse(rs.getString("state")),
        rs.getString("title"),
        rs.getString("summary"),
        officers.isBlank() ? List.of() : Arrays.asList(officers.split("、")),
        rs.getString("contact"),
        rs.getBigDecimal("amount"),
        rs.getBoolean("joint"),
        participants(id),
        required(rs, "opened_at"),
        required(rs, "updated_at"));
  }
}
