package cn.deltalink.casework.internal.assistance;

import static cn.deltalink.casework.internal.Rows.instant;
import static cn.deltalink.casework.internal.Rows.required;
import static cn.deltalink.casework.internal.Rows.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The assistance requests this node sent or received, in explicit SQL. */
@Repository
public class AssistanceRequests {

  private final JdbcTemplate jdbc;

  AssistanceRequests(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new request on one side; one arriving again (same id) changes nothing. Answers whether it was new. */
  public boolean insert(String side, AssistanceRequest.Details d, RequestState state, @Nullable UUID messageId) {
    return jdbc.update(
            """
            insert into casework_request (id, side, case_id, case_number, case_type, from_node, from_agency, to_node, to_agency, kind, handling_code, urgency, question, requested_by, state, sent_at, message_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing
            """,
            d.id(), side, d.caseId(), d.caseNumber(), d.caseType(), d.fromNode(), d.fromAgency(), d.toNode(), d.toAgency(), d.kind().slug(), d.handlingCode(), d.urgency().slug(), d.question(),
            d.requestedBy(), state.slug(), ts(d.sentAt()), messageId)
        == 1;
  }

  public Optional<AssistanceRequest> find(UUID id) {
    return jdbc.query("select * from casework_request where id = ?", this::row, id).stream().findFirst();
  }

  public void setMessage(UUID id, UUID messageId) {
    jdbc.update("update casework_request set message_id = ? where id = ?", messageId, id);
  }

  public Optional<UUID> message(UUID id) {
    return jdbc.query("select message_id from casework_request where id = ? and message_id is not null", (rs, i) -> rs.getObject(1, UUID.class), id).stream().findFirst();
  }

  /** Starts (or, after a follow-up, restarts) the clock. */
  public void startClock(UUID id, Instant receivedAt, Instant dueAt, Instant remindAt, RequestState state) {
    jdbc.update(
        "update casework_request set received_at = ?, due_at = ?, remind_at = ?, reminded = false, escalated = false, state = ? where id = ?",
        ts(receivedAt), ts(dueAt), ts(remindAt), state.slug(), id);
  }

  public void assign(UUID id, String assignee) {
    jdbc.update("update casework_request set assignee = ?, state = case when state = 'received' then 'assigned' else state end where id = ?", assignee, id);
  }

  public void answer(UUID id, RequestState state, @Nullable String answer, @Nullable String declineReason, Instant at) {
    jdbc.update("update casework_request set state = ?, answer = ?, decline_reason = ?, answered_at = ? where id = ?", state.slug(), answer, declineReason, ts(at), id);
  }

  public void followUp(UUID id, String question) {
    jdbc.update(
        "update casework_request set question = question || chr(10) || '— ' || ?, follow_ups = follow_ups + 1, state = ?, answer = null, decline_reason = null, answered_at = null where id = ?",
        question, RequestState.SENT.slug(), id);
  }

  /** At the receiving node: the follow-up question arrived, the clock starts again. */
  public void followedUp(UUID id, String question) {
    jdbc.update(
        "update casework_request set question = question || chr(10) || '— ' || ?, follow_ups = follow_ups + 1, answer = null, decline_reason = null, answered_at = null where id = ?", question, id);
  }

  public void close(UUID id, RequestState state, Instant at) {
    jdbc.update("update casework_request set state = ?, closed_at = ? where id = ?", state.slug(), ts(at), id);
  }

  /** Requests whose reminder is due now, marked reminded; answers their ids. */
  public List<UUID> remindDue(Instant now) {
    return jdbc.queryForList(
        "update casework_request set reminded = true where state in ('received', 'assigned') and not reminded and remind_at <= ? returning id", UUID.class, ts(now));
  }

  /** Requests whose deadline passed now, marked escalated; answers their ids. */
  public List<UUID> escalateDue(Instant now) {
    return jdbc.queryForList(
        "update casework_request set escalated = true where state in ('received', 'assigned') and not escalated and due_at <= ? returning id", UUID.class, ts(now));
  }

  /** Filters for a list: side (sent or received), state, overdue only, the agencies the officer covers. */
  public List<AssistanceRequest> list(String side, @Nullable RequestState state, boolean overdueOnly, String agencyPrefix, Instant now, int limit) {
    String agencyColumn = side.equals("sent") ? "from_agency" : "to_agency";
    StringBuilder sql = new StringBuilder("select * from casework_request where side = ? and " + agencyColumn + " like ?");
    List<Object> args = new ArrayList<>(List.of(side, agencyPrefix + "%"));
    if (state != null) {
      sql.append(" and state = ?");
      args.add(state.slug());
    }
    if (overdueOnly) {
      sql.append(" and state in ('received', 'assigned') and due_at < ?");
      args.add(ts(now));
    }
    sql.append(" order by coalesce(due_at, sent_at) asc limit ?");
    args.add(limit);
    return jdbc.query(sql.toString(), this::row, args.toArray());
  }

  public List<AssistanceRequest> ofCase(UUID caseId) {
    return jdbc.query("select * from casework_request where case_id = ? order by sent_at", this::row, caseId);
  }

  public long escalatedOpen(String agencyPrefix) {
    Long n = jdbc.queryForObject(
        "select count(*) from casework_request where escalated and state in ('received', 'assigned') and (from_agency like ? or to_agency like ?)", Long.class, agencyPrefix + "%", agencyPrefix + "%");
    return n == null ? 0 : n;
  }

  public long awaiting(String agencyPrefix) {
    Long n = jdbc.queryForObject("select count(*) from casework_request where side = 'received' and state in ('received', 'assigned') and to_agency like ?", Long.class, agencyPrefix + "%");
    return n == null ? 0 : n;
  }

  /** Per answering agency: requests, answered in time, answered late, overdue now (the breach view). */
  public List<BreachRow> breaches(Instant now) {
    return jdbc.query(
        """
        select to_agency, count(*) as requests,
               count(*) filter (where answered_at is not null and answered_at <= due_at) as in_time,
               count(*) filter (where answered_at is not null and answered_at > due_at) as late,
               count(*) filter (where state in ('received', 'assigned') and due_at < ?) as overdue,
               count(*) filter (where state = 'sent') as not_received
        from casework_request group by to_agency order by overdue desc, late desc, to_agency
        """,
        (rs, i) -> new BreachRow(rs.getString("to_agency"), rs.getLong("requests"), rs.getLong("in_time"), rs.getLong("late"), rs.getLong("overdue"), rs.getLong("not_received")),
        ts(now));
  }

  public void addFile(UUID requestId, UUID fileId, String role) {
    jdbc.update("insert into casework_request_file (request_id, file_id, role) values (?, ?, ?) on conflict do nothing", requestId, fileId, role);
  }

  /** The files of a request by role (attachment, result), with whether this node holds them whole. */
  public List<RequestFile> files(UUID requestId) {
    return jdbc.query(
        "select f.id, f.name, f.content_type, f.size_bytes, f.sm3, r.role, f.content is not null as complete from casework_request_file r join casework_file f on f.id = r.file_id where r.request_id = ? order by r.role, f.name",
        (rs, i) -> new RequestFile(rs.getObject("id", UUID.class), rs.getString("role"), rs.getString("name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sm3"), rs.getBoolean("complete")),
        requestId);
  }

  public record RequestFile(UUID id, String role, String name, String contentType, long size, String sm3, boolean complete) {}

  /** Requests per side, urgency and state, for the statistics. */
  public List<Count> counts() {
    return jdbc.query(
        "select side, urgency, state, count(*) as n from casework_request group by side, urgency, state order by side, urgency, state",
        (rs, i) -> new Count(rs.getString("side"), rs.getString("urgency"), rs.getString("state"), rs.getLong("n")));
  }

  public record Count(String side, String urgency, String state, long requests) {}

  public record BreachRow(String agency, long requests, long inTime, long late, long overdue, long notReceived) {}

  private AssistanceRequest row(ResultSet rs, int i) throws SQLException {
    var details =
        new AssistanceRequest.Details(
            rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("case_number"), rs.getString("case_type"), rs.getString("from_node"), rs.getString("from_agency"),
            rs.getString("to_node"), rs.getString("to_agency"), RequestKind.parse(rs.getString("kind")), rs.getString("handling_code"), Urgency.parse(rs.getString("urgency")),
            rs.getString("question"), rs.getString("requested_by"), required(rs, "sent_at"));
    var clock = new AssistanceRequest.Clock(instant(rs, "received_at"), instant(rs, "due_at"), instant(rs, "remind_at"), rs.getBoolean("reminded"), rs.getBoolean("escalated"));
    var reply = new AssistanceRequest.Reply(rs.getString("assignee"), rs.getString("answer"), instant(rs, "answered_at"), rs.getString("decline_reason"), rs.getInt("follow_ups"), instant(rs, "closed_at"));
    RequestState state = RequestState.parse(rs.getString("state"));
    return rs.getString("side").equals("sent") ? new SentRequest(details, state, clock, reply) : new ReceivedRequest(details, state, clock, reply);
  }
}
