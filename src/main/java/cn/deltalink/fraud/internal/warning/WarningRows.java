package cn.deltalink.fraud.internal.warning;

import cn.deltalink.fraud.MoneyStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Warnings sent and received at this node and the interventions on them. */
@Repository
public class WarningRows {

  enum Side {
    SENT,
    RECEIVED;

    String column() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A stored warning with what only one side knows: the message that carried it, when it arrived. */
  record Row(Warning warning, Side side, @Nullable UUID messageId, @Nullable Instant receivedAt) {}

  private static final String COLUMNS =
      "id, side, sender_node, receiver_node, sender_agency, account, branch_division, score, reasons, money_path, handling_code, report_id, amount_at_risk, message_id, created_at, received_at";
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<MoneyStep>> STEPS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  WarningRows(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Stores the warning on one side; false when that side already holds it (a repeated message). */
  boolean add(Warning w, Side side, @Nullable UUID messageId, @Nullable Instant receivedAt) {
    return jdbc.sql(
            "insert into fraud_warning (" + COLUMNS + ") values (:id, :side, :sender, :receiver, :agency, :account, :division, :score, :reasons, :path, :code, :report, :amount,"
                + " :message, :created, :received) on conflict do nothing")
        .param("id", w.id())
        .param("side", side.column())
        .param("sender", w.senderNode())
        .param("receiver", w.receiverNode())
        .param("agency", w.senderAgency())
        .param("account", w.account())
        .param("division", w.branchDivisionCode())
        .param("score", w.score())
        .param("reasons", json.writeValueAsString(w.reasons()))
        .param("path", json.writeValueAsString(w.moneyPath()))
        .param("code", w.handlingCode())
        .param("report", w.reportId())
        .param("amount", w.amountAtRisk())
        .param("message", messageId)
        .param("created", w.createdAt().atOffset(ZoneOffset.UTC))
        .param("received", receivedAt == null ? null : receivedAt.atOffset(ZoneOffset.UTC))
        .update() == 1;
  }

  void setMessage(UUID warningId, UUID messageId) {
    jdbc.sql("update fraud_warning set message_id = ? where id = ? and side = 'sent'").params(messageId, warningId).update();
  }

  Optional<Row> find(UUID id, Side side) {
    return jdbc.sql("select " + COLUMNS + " from fraud_warning where id = ? and side = ?").params(id, side.column()).query(this::row).optional();
  }

  List<Row> list(Side side, int limit) {
    return jdbc.sql("select " + COLUMNS + " from fraud_warning where side = ? order by created_at desc, id limit ?").params(side.column(), limit).query(this::row).list();
  }

  /** Received warnings on which nothing is recorded yet. */
  long countNew() {
    return jdbc.sql("select count(*) from fraud_warning w where side = 'received' and not exists (select 1 from fraud_intervention i where i.warning_id = w.id)").query(Long.class).single();
  }

  /** Stores an intervention; false when it is already here (a repeated message, or a warning to this node's own province). */
  boolean addIntervention(Intervention i) {
    return jdbc.sql(
            "insert into fraud_intervention (id, warning_id, node, kind, outcome, amount_stopped, note, recorded_by, recorded_at)"
                + " values (:id, :warning, :node, :kind, :outcome, :amount, :note, :by, :at) on conflict do nothing")
        .param("id", i.id())
        .param("warning", i.warningId())
        .param("node", i.node())
        .param("kind", i.kind().slug())
        .param("outcome", i.outcome().slug())
        .param("amount", i.amountStopped())
        .param("note", i.note())
        .param("by", i.recordedBy())
        .param("at", i.recordedAt().atOffset(ZoneOffset.UTC))
        .update() == 1;
  }

  /** The interventions on the given warnings, oldest first, by warning. */
  Map<UUID, List<Intervention>> interventions(Collection<UUID> warningIds) {
    if (warningIds.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("select id, warning_id, node, kind, outcome, amount_stopped, note, recorded_by, recorded_at from fraud_intervention where warning_id in (:ids) order by recorded_at, id")
        .param("ids", warningIds)
        .query(WarningRows::intervention)
        .list()
        .stream()
        .collect(Collectors.groupingBy(Intervention::warningId, java.util.LinkedHashMap::new, Collectors.toList()));
  }

  private Row row(ResultSet rs, int n) throws SQLException {
    Warning w =
        new Warning(
            rs.getObject("id", UUID.class),
            rs.getString("sender_node"),
            rs.getString("receiver_node"),
            rs.getString("sender_agency"),
            rs.getString("account"),
            rs.getString("branch_division"),
            rs.getInt("score"),
            json.readValue(rs.getString("reasons"), STRINGS),
            json.readValue(rs.getString("money_path"), STEPS),
            rs.getString("handling_code"),
            rs.getObject("report_id", UUID.class),
            rs.getBigDecimal("amount_at_risk"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant());
    OffsetDateTime received = rs.getObject("received_at", OffsetDateTime.class);
    return new Row(w, Side.valueOf(rs.getString("side").toUpperCase(java.util.Locale.ROOT)), rs.getObject("message_id", UUID.class), received == null ? null : received.toInstant());
  }

  private static Intervention intervention(ResultSet rs, int n) throws SQLException {
    return new Intervention(
        rs.getObject("id", UUID.class),
        rs.getObject("warning_id", UUID.class),
        rs.getString("node"),
        Intervention.Kind.parse(rs.getString("kind")).orElseThrow(),
        Intervention.Outcome.parse(rs.getString("outcome")).orElseThrow(),
        rs.getBigDecimal("amount_stopped"),
        rs.getString("note"),
        rs.getString("recorded_by"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
  }
}
