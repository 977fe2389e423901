package cn.deltalink.publicservices.internal.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code service_application} table: this node's copy of every application it is involved in. */
@Repository
public class Applications {

  private static final String COLUMNS =
      "tracking_number, item, subtype, applicant_id, applicant_name, applicant_phone, intake_node, intake_agency, intake_officer, competent_node, origin_node, state, version,"
          + " submitted_at, changed_at, time_limit_days, received_at, due_at, remind_at, paused_at, reminded_at, escalated_at, decided_at, decided_by, reason, consent_text,"
          + " details, legs, registered_elsewhere, certificate_code";

  private final JdbcTemplate jdbc;
  private final JsonMapper json;

  Applications(JdbcTemplate jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Stores a copy, or replaces the held one when this version is newer; answers whether it changed anything. */
  public boolean save(Application a) {
    return jdbc.update(
            "insert into service_application (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (tracking_number) do update set state = excluded.state, version = excluded.version, changed_at = excluded.changed_at,"
                + " received_at = excluded.received_at, due_at = excluded.due_at, remind_at = excluded.remind_at, paused_at = excluded.paused_at,"
                + " reminded_at = excluded.reminded_at, escalated_at = excluded.escalated_at, decided_at = excluded.decided_at, decided_by = excluded.decided_by,"
                + " reason = excluded.reason, legs = excluded.legs, certificate_code = excluded.certificate_code"
                + " where service_application.version < excluded.version",
            a.trackingNumber().value(), a.item(), a.subtype(), a.applicant().residentId(), a.applicant().name(), a.applicant().phone(), a.intakeNode(), a.intakeAgency(),
            a.intakeOfficer(), a.competentNode(), a.originNode(), a.state().slug(), a.version(), ts(a.submittedAt()), ts(a.changedAt()), a.timeLimitWorkingDays(),
            ts(a.receivedAt()), ts(a.dueAt()), ts(a.remindAt()), ts(a.pausedAt()), ts(a.remindedAt()), ts(a.escalatedAt()), ts(a.decidedAt()), a.decidedBy(), a.reason(),
            a.consentText(), json.writeValueAsString(a.details()), json.writeValueAsString(a.legs()), String.join(",", a.registeredElsewhere()), a.certificateCode())
        == 1;
  }

  public Optional<Application> find(TrackingNumber tn) {
    return jdbc.query("select " + COLUMNS + " from service_application where tracking_number = ?", this::row, tn.value()).stream().findFirst();
  }

  /** The same, locked for a change in the caller's transaction. */
  public Optional<Application> lock(TrackingNumber tn) {
    return jdbc.query("select " + COLUMNS + " from service_application where tracking_number = ? for update", this::row, tn.value()).stream().findFirst();
  }

  public void sentWith(TrackingNumber tn, UUID messageId) {
    jdbc.update("update service_application set sent_message_id = ? where tracking_number = ?", messageId, tn.value());
  }

  public Optional<UUID> sentMessage(TrackingNumber tn) {
    return jdbc.query("select sent_message_id from service_application where tracking_number = ? and sent_message_id is not null", (rs, i) -> rs.getObject(1, UUID.class), tn.value())
        .stream().findFirst();
  }

  /** At the origin of a transfer: marks the move-out as done here; answers false when it was done before. */
  public boolean markMovedOutHere(TrackingNumber tn, Instant at) {
    return jdbc.update("update service_application set moved_out_here_at = ? where tracking_number = ? and moved_out_here_at is null", ts(at), tn.value()) == 1;
  }

  /** Keeps the certificate the issuing node sent, once. */
  public void keepCertificate(TrackingNumber tn, String code, byte[] pdf, Instant issuedAt, String issuer) {
    jdbc.update("insert into service_certificate (tracking_number, code, pdf, issued_at, issuer_node) values (?, ?, ?, ?, ?) on conflict do nothing", tn.value(), code, pdf,
        ts(issuedAt), issuer);
  }

  public Optional<byte[]> certificatePdf(TrackingNumber tn) {
    return jdbc.query("select pdf from service_certificate where tracking_number = ?", (rs, i) -> rs.getBytes(1), tn.value()).stream().findFirst();
  }

  /** What a list asks for: a state, a side (taken here, decided here), a limit. */
  public record Filter(@Nullable ApplicationState state, @Nullable String intakeNode, @Nullable String competentNode, boolean overdueOnly, int limit) {}

  public List<Application> list(Filter f, Instant now) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from service_application where true");
    List<Object> args = new ArrayList<>();
    if (f.state() != null) {
      sql.append(" and state = ?");
      args.add(f.state().slug());
    }
    if (f.intakeNode() != null) {
      sql.append(" and intake_node = ?");
      args.add(f.intakeNode());
    }
    if (f.competentNode() != null) {
      sql.append(" and competent_node = ?");
      args.add(f.competentNode());
    }
    if (f.overdueOnly()) {
      sql.append(" and state not in ('approved', 'refused') and paused_at is null and due_at <= ?");
      args.add(ts(now));
    }
    sql.append(" order by submitted_at desc limit ?");
    args.add(f.limit());
    return jdbc.query(sql.toString(), this::row, args.toArray());
  }

  /** Every open application, oldest step first: the stuck view sorts out which wait on another node. */
  public List<Application> open(int limit) {
    return jdbc.query("select " + COLUMNS + " from service_application where state not in ('approved', 'refused') order by changed_at limit ?", this::row, limit);
  }

  /** Open applications decided here whose reminder time has come and who have not been reminded. */
  public List<Application> toRemind(String competentNode, Instant now) {
    return jdbc.query(
        "select " + COLUMNS + " from service_application where competent_node = ? and state not in ('approved', 'refused') and paused_at is null"
            + " and remind_at <= ? and reminded_at is null for update skip locked",
        this::row, competentNode, ts(now));
  }

  public List<Application> toEscalate(String competentNode, Instant now) {
    return jdbc.query(
        "select " + COLUMNS + " from service_application where competent_node = ? and state not in ('approved', 'refused') and paused_at is null"
            + " and due_at <= ? and escalated_at is null for update skip locked",
        this::row, competentNode, ts(now));
  }

  /** All applications submitted since the given instant, for the statistics. */
  public List<Application> since(Instant from) {
    return jdbc.query("select " + COLUMNS + " from service_application where submitted_at >= ? order by submitted_at", this::row, ts(from));
  }

  public long count() {
    Long n = jdbc.queryForObject("select count(*) from service_application", Long.class);
    return n == null ? 0 : n;
  }

  private Application row(ResultSet rs, int i) throws SQLException {
    String elsewhere = rs.getString("registered_elsewhere");
    return new Application(
        new TrackingNumber(rs.getString("tracking_number")), rs.getString("item"), rs.getString("subtype"),
        new Applicant(rs.getString("applicant_id"), rs.getString("applicant_name"), rs.getString("applicant_phone")), rs.getString("intake_node"), rs.getString("intake_agency"),
        rs.getString("intake_officer"), rs.getString("competent_node"), rs.getString("origin_node"), ApplicationState.parse(rs.getString("state")), rs.getLong("version"),
        instant(rs, "submitted_at"), instant(rs, "changed_at"), rs.getInt("time_limit_days"), instant(rs, "received_at"), instant(rs, "due_at"), instant(rs, "remind_at"),
        instant(rs, "paused_at"), instant(rs, "reminded_at"), instant(rs, "escalated_at"), instant(rs, "decided_at"), rs.getString("decided_by"), rs.getString("reason"),
        rs.getString("consent_text"), json.readValue(rs.getString("details"), new TypeReference<Map<String, String>>() {}),
        json.readValue(rs.getString("legs"), new TypeReference<List<Leg>>() {}), elsewhere.isEmpty() ? List.of() : Arrays.asList(elsewhere.split(",")),
        rs.getString("certificate_code"));
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static @Nullable Timestamp ts(@Nullable Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
