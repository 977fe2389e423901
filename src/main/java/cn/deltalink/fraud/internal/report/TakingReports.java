package cn.deltalink.fraud.internal.report;

import static cn.deltalink.fraud.internal.Refused.FRAUD;
import static cn.deltalink.platform.RefusalTexts.term;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.fraud.FraudReported;
import cn.deltalink.fraud.RiskEntryDraft;
import cn.deltalink.fraud.RiskSource;
import cn.deltalink.fraud.RiskType;
import cn.deltalink.fraud.internal.FraudRoles;
import cn.deltalink.fraud.internal.RuleBroken;
import cn.deltalink.fraud.internal.risk.RecordingRiskEntries;
import cn.deltalink.fraud.internal.risk.RiskValues;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.platform.RequestRefused;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a victim's report: checks every account, phone and site by its rule, stores the report,
 * records each of them in the risk database (source victim report, shared with the region) and
 * announces {@link FraudReported} so that tracing can start, all in one transaction.
 */
@Service
public class TakingReports {

  static final String PURPOSE = "电信网络诈骗报案";

  private final ReportRows reports;
  private final RiskValues values;
  private final RecordingRiskEntries risks;
  private final CurrentOfficer current;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final NodeSettings node;

  TakingReports(ReportRows reports, RiskValues values, RecordingRiskEntries risks, CurrentOfficer current, AuditTrail audit, ApplicationEventPublisher events, NodeSettings node) {
    this.reports = reports;
    this.values = values;
    this.risks = risks;
    this.current = current;
    this.audit = audit;
    this.events = events;
    this.node = node;
  }

  /** What the officer or the API hands in; every field is checked here. */
  public record Request(
      @Nullable BigDecimal amount,
      @Nullable Instant at,
      @Nullable String channel,
      @Nullable List<String> payeeAccounts,
      @Nullable List<String> phones,
      @Nullable List<String> urls,
      @Nullable String victimDivision,
      @Nullable String description) {}

  @Transactional(noRollbackFor = RequestRefused.class)
  public VictimReport take(Request request) {
    Officer officer = current.get().orElseThrow(() -> FRAUD.forbidden("fraud.refused.signIn.reports"));
    if (officer.roles().stream().noneMatch(FraudRoles.REPORT_TAKERS::contains)) {
      audit.record("fraud.report", "", PURPOSE, AuditOutcome.denied("role"));
      throw FRAUD.forbidden("fraud.refused.role.takeReports");
    }
    VictimReport report = check(request, officer);
    reports.add(report);
    risks.recordAll(feed(report));
    events.publishEvent(new FraudReported(report.id(), report.payeeAccounts(), report.amount(), report.paidAt(), node.id()));
    audit.record("fraud.report", report.id().toString(), PURPOSE, AuditOutcome.ok());
    return report;
  }

  /** Takes a report in the node's own name, without a signed-in officer: the demo's reports at start. */
  @Transactional
  public VictimReport takeAsNode(Request request, String agency) {
    Officer node = new Officer("node", "node", agency, agency.substring(0, 6), java.util.EnumSet.of(cn.deltalink.access.Role.ADMINISTRATOR));
    VictimReport report = check(request, node);
    reports.add(report);
    risks.recordAll(feed(report));
    events.publishEvent(new FraudReported(report.id(), report.payeeAccounts(), report.amount(), report.paidAt(), this.node.id()));
    return report;
  }

  private VictimReport check(Request r, Officer officer) {
    if (r.amount() == null) {
      throw FRAUD.invalid("fraud.refused.report.amount.required");
    }
    if (r.at() == null) {
      throw FRAUD.invalid("fraud.refused.report.at.required");
    }
    VictimReport.Channel channel = r.channel() == null || r.channel().isBlank() ? VictimReport.Channel.OTHER
        : VictimReport.Channel.parse(r.channel()).orElseThrow(() -> FRAUD.invalid("fraud.refused.report.channel"));
    List<String> payees = canonical("payeeAccounts", r.payeeAccounts(), raw -> values.account(raw).value());
    List<String> phones = canonical("phones", r.phones(), raw -> values.normalise(RiskType.PHONE, raw));
    List<String> urls = canonical("urls", r.urls(), raw -> values.normalise(RiskType.URL, raw));
    String description = r.description() == null ? "" : r.description().strip();
    String division = r.victimDivision() == null || r.victimDivision().isBlank() ? null : r.victimDivision().strip();
    try {
      return new VictimReport(UUID.randomUUID(), r.amount(), r.at().truncatedTo(ChronoUnit.MICROS), channel, payees, phones, urls, division, description, officer.agencyCode(),
          officer.username(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    } catch (RuleBroken e) {
      throw e.refused();
    }
  }

  private static List<String> canonical(String field, @Nullable List<String> raw, java.util.function.UnaryOperator<String> rule) {
    if (raw == null) {
      return List.of();
    }
    if (raw.size() > VictimReport.MAX_VALUES) {
      throw FRAUD.invalid("fraud.refused.report.list", term("fraud.refused.field." + field, field), VictimReport.MAX_VALUES);
    }
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      String value = raw.get(i);
      if (value == null || value.isBlank()) {
        throw FRAUD.invalid("fraud.refused.report.item.empty", term("fraud.refused.field." + field, field), i, i + 1);
      }
      try {
        out.add(rule.apply(value));
      } catch (RuleBroken e) {
        throw FRAUD.invalid("fraud.refused.report.item", term("fraud.refused.field." + field, field), i, e.reason(), i + 1);
      }
    }
    return List.copyOf(out);
  }

  /** What the report teaches the database: the payees are mule accounts, the phones and sites the fraudster's. */
  private List<RiskEntryDraft> feed(VictimReport report) {
    String evidence = "报案 " + report.id() + "：" + report.amount().toPlainString() + " 元，" + report.paidAt() + "，" + report.channel().slug();
    List<RiskEntryDraft> drafts = new ArrayList<>();
    for (String payee : report.payeeAccounts()) {
      drafts.add(new RiskEntryDraft(values.account(payee).type(), payee, "涉诈收款账户", 4, RiskSource.VICTIM_REPORT, evidence, null));
    }
    for (String phone : report.phones()) {
      drafts.add(new RiskEntryDraft(RiskType.PHONE, phone, "涉诈电话", 3, RiskSource.VICTIM_REPORT, evidence, null));
    }
    for (String url : report.urls()) {
      drafts.add(new RiskEntryDraft(RiskType.URL, url, "涉诈网站", 3, RiskSource.VICTIM_REPORT, evidence, null));
    }
    return drafts;
  }
}
