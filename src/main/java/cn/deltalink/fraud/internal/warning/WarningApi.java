package cn.deltalink.fraud.internal.warning;

import static cn.deltalink.fraud.internal.Refused.FRAUD;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.fraud.FraudWarnings;
import cn.deltalink.fraud.MoneyStep;
import cn.deltalink.fraud.WarningDraft;
import cn.deltalink.fraud.WarningId;
import cn.deltalink.fraud.internal.FraudRoles;
import cn.deltalink.fraud.internal.RuleBroken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Early warnings (预警): those received on accounts of this province, those sent, and the interventions on them. */
@RestController
@Tag(name = "fraud-warnings", description = "Early warnings on accounts, routed to the province where the account was opened, and the interventions recorded there")
@RequestMapping("/api/v1/fraud-warnings")
class WarningApi {

  private final ReadingWarnings reading;
  private final RecordingInterventions interventions;
  private final FraudWarnings warnings;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  WarningApi(ReadingWarnings reading, RecordingInterventions interventions, FraudWarnings warnings, CurrentOfficer current, AuditTrail audit) {
    this.reading = reading;
    this.warnings = warnings;
    this.interventions = interventions;
    this.current = current;
    this.audit = audit;
  }

  /** A warning as either side shows it; {@code side} is received or sent, {@code state} that side's state. */
  record View(UUID id, String side, String state, String senderNode, String receiverNode, String senderAgency, String account, String branchDivisionCode, int score,
      List<String> reasons, List<MoneyStep> moneyPath, String handlingCode, @Nullable UUID reportId, BigDecimal amountAtRisk, BigDecimal amountStopped, Instant createdAt,
      @Nullable Instant receivedAt, List<InterventionView> interventions) {

    static View of(ReceivedWarning r) {
      Warning w = r.warning();
      return new View(w.id(), "received", r.state().slug(), w.senderNode(), w.receiverNode(), w.senderAgency(), w.account(), w.branchDivisionCode(), w.score(), w.reasons(),
          w.moneyPath(), w.handlingCode(), w.reportId(), w.amountAtRisk(), r.amountStopped(), w.createdAt(), r.receivedAt(), r.interventions().stream().map(InterventionView::of).toList());
    }

    static View of(SentWarning s) {
      Warning w = s.warning();
      return new View(w.id(), "sent", s.state().slug(), w.senderNode(), w.receiverNode(), w.senderAgency(), w.account(), w.branchDivisionCode(), w.score(), w.reasons(),
          w.moneyPath(), w.handlingCode(), w.reportId(), w.amountAtRisk(), s.amountStopped(), w.createdAt(), null, s.interventions().stream().map(InterventionView::of).toList());
    }
  }

  record InterventionView(UUID id, String node, String kind, String outcome, BigDecimal amountStopped, String note, String recordedBy, Instant recordedAt) {
    static InterventionView of(Intervention i) {
      return new InterventionView(i.id(), i.node(), i.kind().slug(), i.outcome().slug(), i.amountStopped(), i.note(), i.recordedBy(), i.recordedAt());
    }
  }

  record SendRequest(@Nullable String account, @Nullable String branchDivisionCode, @Nullable Integer score, @Nullable List<String> reasons, @Nullable List<MoneyStep> moneyPath,
      @Nullable String handlingCode, @Nullable UUID reportId, @Nullable BigDecimal amountAtRisk) {}

  record Sent(UUID id, String receiverNode) {}

  record InterventionRequest(@Nullable String kind, @Nullable String outcome, @Nullable BigDecimal amountStopped, @Nullable String note) {}

  @Operation(summary = "List warnings", description = "side received (default: warnings on accounts of this province) or sent; newest first; limit 1-500 (default 100).")
  @GetMapping
  List<View> list(@RequestParam(defaultValue = "received") String side, @RequestParam(defaultValue = "100") int limit) {
    require("fraud.warning.search");
    if (limit < 1 || limit > 500) {
      throw FRAUD.invalid("fraud.refused.limit");
    }
    List<View> views =
        switch (side.strip().toLowerCase(java.util.Locale.ROOT)) {
          case "received" -> reading.received(limit).stream().map(View::of).toList();
          case "sent" -> reading.sent(limit).stream().map(View::of).toList();
          default -> throw FRAUD.invalid("fraud.refused.side");
        };
    audit.record("fraud.warning.search", side + ": " + views.size(), "", AuditOutcome.ok());
    return views;
  }

  @Operation(
      summary = "Send a warning by hand",
      description =
          "account, branchDivisionCode (6 digits: where the account was opened; decides the receiving province), score 0-100, reasons (1-50), moneyPath"
              + " [{fromAccount, toAccount, amount, at}], handlingCode H0-H3 (default H0), reportId, amountAtRisk. Answers 201 with id and the receiving node.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Sent> send(@RequestBody SendRequest r) {
    CurrentOfficer.Officer officer = current.get().orElseThrow(() -> FRAUD.forbidden("fraud.refused.signIn"));
    if (officer.roles().stream().noneMatch(FraudRoles.WARNING_SENDERS::contains)) {
      audit.record("fraud.warning.send", "", "", AuditOutcome.denied("role"));
      throw FRAUD.forbidden("fraud.refused.role.sendWarnings");
    }
    if (r.account() == null || r.branchDivisionCode() == null || r.score() == null || r.reasons() == null) {
      throw FRAUD.invalid("fraud.refused.warning.required");
    }
    if (r.reasons().stream().anyMatch(java.util.Objects::isNull) || r.moneyPath() != null && r.moneyPath().stream().anyMatch(java.util.Objects::isNull)) {
      throw FRAUD.invalid("fraud.refused.warning.emptyEntries");
    }
    WarningId id;
    try {
      id = warnings.send(new WarningDraft(r.account(), r.branchDivisionCode(), r.score(), r.reasons(), r.moneyPath() == null ? List.of() : r.moneyPath(),
          r.handlingCode() == null ? "H0" : r.handlingCode(), r.reportId(), r.amountAtRisk() == null ? BigDecimal.ZERO : r.amountAtRisk()));
    } catch (RuleBroken e) {
      throw e.refused();
    }
    SentWarning sent = reading.findSent(id.value()).orElseThrow();
    return ResponseEntity.created(URI.create("/api/v1/fraud-warnings/" + id)).body(new Sent(id.value(), sent.warning().receiverNode()));
  }

  @Operation(summary = "Open a warning", description = "The received side when this node received it, else the sent side.")
  @GetMapping("/{id}")
  View one(@PathVariable UUID id) {
    require("fraud.warning.read");
    View view = reading.findReceived(id).map(View::of).or(() -> reading.findSent(id).map(View::of)).orElseThrow(() -> FRAUD.notFound("fraud.refused.warning.notFound", id));
    audit.record("fraud.warning.read", id.toString(), "", AuditOutcome.ok());
    return view;
  }

  @Operation(
      summary = "Record an intervention on a received warning",
      description =
          "kind dissuasion (劝阻) | stop-payment (止付) | freeze (冻结); outcome succeeded|partly|failed|pending; amountStopped (yuan, default 0); note. The intervention"
              + " travels back to the warning's sender. Answers 201.")
  @PostMapping(path = "/{id}/interventions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<InterventionView> intervene(@PathVariable UUID id, @RequestBody InterventionRequest request) {
    if (request.kind() == null || request.outcome() == null) {
      throw FRAUD.invalid("fraud.refused.intervention.required");
    }
    Intervention recorded =
        interventions.record(id, new RecordingInterventions.Request(request.kind(), request.outcome(), request.amountStopped() == null ? BigDecimal.ZERO : request.amountStopped(),
            request.note() == null ? "" : request.note()));
    return ResponseEntity.created(URI.create("/api/v1/fraud-warnings/" + id)).body(InterventionView.of(recorded));
  }

  private void require(String action) {
    CurrentOfficer.Officer officer = current.get().orElseThrow(() -> FRAUD.forbidden("fraud.refused.signIn"));
    if (officer.roles().stream().noneMatch(FraudRoles.WARNING_READERS::contains)) {
      audit.record(action, "", "", AuditOutcome.denied("role"));
      throw FRAUD.forbidden("fraud.refused.role.readWarnings");
    }
  }
}
