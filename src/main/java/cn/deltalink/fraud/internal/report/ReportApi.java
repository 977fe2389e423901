package cn.deltalink.fraud.internal.report;

import static cn.deltalink.fraud.internal.Refused.FRAUD;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.fraud.internal.FraudRoles;
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

/** Victim reports (报案): take one, list them, open one. */
@RestController
@Tag(name = "fraud-reports", description = "Victim reports of telecom fraud: they feed the risk database and start tracing the money")
@RequestMapping("/api/v1/fraud-reports")
class ReportApi {

  private final TakingReports taking;
  private final ReportRows reports;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  ReportApi(TakingReports taking, ReportRows reports, CurrentOfficer current, AuditTrail audit) {
    this.taking = taking;
    this.reports = reports;
    this.current = current;
    this.audit = audit;
  }

  record Created(UUID id, List<String> payeeAccounts) {}

  record Report(UUID id, BigDecimal amount, Instant at, String channel, List<String> payeeAccounts, List<String> phones, List<String> urls, @Nullable String victimDivision,
      String description, String reportingAgency, String reportedBy, Instant reportedAt) {
    static Report of(VictimReport r) {
      return new Report(r.id(), r.amount(), r.paidAt(), r.channel().slug(), r.payeeAccounts(), r.phones(), r.urls(), r.victimDivision(), r.description(), r.reportingAgency(),
          r.reportedBy(), r.reportedAt());
    }
  }

  @Operation(
      summary = "Take a victim's report",
      description =
          "amount (yuan), at (when the victim paid, ISO-8601 instant), channel phone-call|sms|social-app|website|app|in-person|other, payeeAccounts (1-50: bank cards,"
              + " bank accounts or platform:account), phones, urls, victimDivision (6 digits), description. Each account, phone and site is checked by its rule and"
              + " recorded in the risk database; tracing starts. Answers 201 with id.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Created> take(@RequestBody TakingReports.Request request) {
    VictimReport report = taking.take(request);
    return ResponseEntity.created(URI.create("/api/v1/fraud-reports/" + report.id())).body(new Created(report.id(), report.payeeAccounts()));
  }

  @Operation(summary = "List victim reports taken here", description = "Newest first; limit 1-500 (default 100).")
  @GetMapping
  List<Report> list(@RequestParam(defaultValue = "100") int limit) {
    require();
    if (limit < 1 || limit > 500) {
      throw FRAUD.invalid("fraud.refused.limit");
    }
    List<Report> list = reports.list(limit).stream().map(Report::of).toList();
    audit.record("fraud.report.search", list.size() + " reports", "", AuditOutcome.ok());
    return list;
  }

  @Operation(summary = "Open a victim report")
  @GetMapping("/{id}")
  Report one(@PathVariable UUID id) {
    require();
    Report report = reports.find(id).map(Report::of).orElseThrow(() -> FRAUD.notFound("fraud.refused.report.notFound", id));
    audit.record("fraud.report.read", id.toString(), "", AuditOutcome.ok());
    return report;
  }

  private void require() {
    CurrentOfficer.Officer officer = current.get().orElseThrow(() -> FRAUD.forbidden("fraud.refused.signIn"));
    if (officer.roles().stream().noneMatch(FraudRoles.READERS::contains)) {
      audit.record("fraud.report.read", "", "", AuditOutcome.denied("role"));
      throw FRAUD.forbidden("fraud.refused.role.readReports");
    }
  }
}
