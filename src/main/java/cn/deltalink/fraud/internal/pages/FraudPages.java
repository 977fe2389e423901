package cn.deltalink.fraud.internal.pages;

import static cn.deltalink.fraud.internal.Refused.FRAUD;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import cn.deltalink.fraud.RiskEntryDraft;
import cn.deltalink.fraud.RiskSource;
import cn.deltalink.fraud.RiskType;
import cn.deltalink.fraud.internal.FraudRoles;
import cn.deltalink.fraud.internal.RuleBroken;
import cn.deltalink.fraud.internal.report.ReportRows;
import cn.deltalink.fraud.internal.report.TakingReports;
import cn.deltalink.fraud.internal.risk.RecordingRiskEntries;
import cn.deltalink.fraud.internal.risk.RiskEntryRows;
import cn.deltalink.fraud.internal.risk.Screening;
import cn.deltalink.fraud.internal.warning.ReadingWarnings;
import cn.deltalink.fraud.internal.warning.RecordingInterventions;
import cn.deltalink.platform.CsvRows;
import cn.deltalink.platform.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The anti-fraud centre's pages (反诈中心): the risk database with its form, screening a pasted list,
 * victim reports, the warnings inbox and outbox with their interventions, and the statistics. A form
 * that breaks a rule comes back with the rule, in the officer's language, and the values typed in.
 */
@Controller
class FraudPages {

  private final RiskEntryRows entries;
  private final RecordingRiskEntries recording;
  private final Screening screening;
  private final ReportRows reports;
  private final TakingReports taking;
  private final ReadingWarnings warnings;
  private final RecordingInterventions interventions;
  private final CurrentOfficer current;
  private final AuditTrail audit;
  private final MessageSource messages;

  FraudPages(RiskEntryRows entries, RecordingRiskEntries recording, Screening screening, ReportRows reports, TakingReports taking, ReadingWarnings warnings,
      RecordingInterventions interventions, CurrentOfficer current, AuditTrail audit, MessageSource messages) {
    this.messages = messages;
    this.entries = entries;
    this.recording = recording;
    this.screening = screening;
    this.reports = reports;
    this.taking = taking;
    this.warnings = warnings;
    this.interventions = interventions;
    this.current = current;
    this.audit = audit;
  }

  @GetMapping("/fraud")
  String start() {
    return FraudRoles.holds(current.get().orElse(null), FraudRoles.WARNING_READERS) ? "redirect:/fraud/warnings" : "redirect:/fraud/reports";
  }

  @GetMapping("/fraud/risk-entries")
  String entries(@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String q, Model model) {
    require(FraudRoles.READERS);
    RiskType t = type == null || type.isBlank() ? null : RiskType.parse(type).orElse(null);
    String text = q == null ? null : cn.deltalink.platform.UntrustedText.clipped(q, 100);
    model.addAttribute("entries", entries.list(t, text, 200))
        .addAttribute("types", RiskType.values())
        .addAttribute("sources", RiskSource.values())
        .addAttribute("type", t == null ? "" : t.slug())
        .addAttribute("q", text == null ? "" : text)
        .addAttribute("mayRecord", FraudRoles.holds(current.get().orElse(null), FraudRoles.RECORDERS))
        .addAttribute("tab", "entries");
    audit.record("fraud.risk.search", "page", "", AuditOutcome.ok());
    return "fraud/entries";
  }

  @PostMapping("/fraud/risk-entries")
  String record(@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String value, @RequestParam(required = false) @Nullable String label,
      @RequestParam(required = false) @Nullable Integer level, @RequestParam(required = false) @Nullable String source, @RequestParam(required = false) @Nullable String evidence,
      Model model) {
    require(FraudRoles.RECORDERS);
    try {
      RiskType t = RiskType.parse(type == null ? "" : type).orElseThrow(() -> FRAUD.invalid("fraud.refused.type", RiskType.slugs()));
      RiskSource s = RiskSource.parse(source == null ? "analyst" : source).orElse(RiskSource.ANALYST);
      recording.recordAll(List.of(new RiskEntryDraft(t, value == null ? "" : value, label == null ? "" : label, level == null ? 0 : level, s, evidence == null ? "" : evidence, null)));
    } catch (RuleBroken e) {
      return entryRefused(e.refused(), new Typed(type, value, label, level, source, evidence), model);
    } catch (RequestRefused e) {
      return entryRefused(e, new Typed(type, value, label, level, source, evidence), model);
    }
    return "redirect:/fraud/risk-entries";
  }

  private String entryRefused(RequestRefused refused, Typed typed, Model model) {
    model.addAttribute("problem", refused.in(messages, locale())).addAttribute("typed", typed);
    return entries(null, null, model);
  }

  /** What the officer typed, shown again with the rule it broke. */
  record Typed(@Nullable String type, @Nullable String value, @Nullable String label, @Nullable Integer level, @Nullable String source, @Nullable String evidence) {}

  @GetMapping("/fraud/screening")
  String screeningForm(Model model) {
    require(FraudRoles.READERS);
    model.addAttribute("tab", "screening").addAttribute("list", "");
    return "fraud/screening";
  }

  @PostMapping("/fraud/screening")
  String screen(@RequestParam(defaultValue = "") String list, Model model) {
    require(FraudRoles.READERS);
    model.addAttribute("tab", "screening").addAttribute("list", list);
    List<Screening.Item> items = new ArrayList<>();
    String[] lines = list.split("\r?\n");
    try {
      for (int i = 0; i < lines.length && items.size() <= Screening.MAX_ITEMS; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        items.add(item(lines[i], i + 1));
      }
      Locale locale = locale();
      model.addAttribute("results", screening.screen(items).stream().map(r -> Line.of(r, messages, locale)).toList());
    } catch (RuleBroken e) {
      model.addAttribute("problem", e.in(messages, locale()));
    } catch (RequestRefused e) {
      model.addAttribute("problem", e.in(messages, locale()));
    }
    return "fraud/screening";
  }

  private static Screening.Item item(String line, int number) {
    List<String> fields;
    try {
      fields = CsvRows.fields(line, "the list", number);
    } catch (IllegalStateException unclosedQuote) {
      throw FRAUD.invalid("fraud.refused.csv.quote", number);
    }
    return new Screening.Item(fields.get(0), fields.size() > 1 ? fields.get(1) : "");
  }

  /** One screened item as the page shows it: the rule an invalid value breaks in the officer's language. */
  record Line(String type, String value, boolean known, @Nullable Integer level, List<String> reasons, @Nullable String problem) {
    static Line of(Screening.Result r, MessageSource messages, Locale locale) {
      return new Line(r.type(), r.value(), r.known(), r.level(), r.reasons(), r.problem() == null ? null : r.problem().in(messages, locale));
    }
  }

  @GetMapping("/fraud/reports")
  String reports(Model model) {
    require(FraudRoles.READERS);
    model.addAttribute("reports", reports.list(100))
        .addAttribute("channels", Arrays.stream(cn.deltalink.fraud.internal.report.VictimReport.Channel.values()).map(c -> c.slug()).toList())
        .addAttribute("mayTake", FraudRoles.holds(current.get().orElse(null), FraudRoles.REPORT_TAKERS))
        .addAttribute("tab", "reports");
    audit.record("fraud.report.search", "page", "", AuditOutcome.ok());
    return "fraud/reports";
  }

  @PostMapping("/fraud/reports")
  String take(@RequestParam(required = false) @Nullable BigDecimal amount, @RequestParam(required = false) @Nullable String at,
      @RequestParam(required = false) @Nullable String channel, @RequestParam(defaultValue = "") String payeeAccounts, @RequestParam(defaultValue = "") String phones,
      @RequestParam(defaultValue = "") String urls, @RequestParam(required = false) @Nullable String description, Model model) {
    require(FraudRoles.REPORT_TAKERS);
    Instant paid;
    try {
      paid = at == null || at.isBlank() ? null : LocalDateTime.parse(at.strip()).atZone(cn.deltalink.identity.ResidentIdNumber.CHINA).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      model.addAttribute("problem", FRAUD.invalid("fraud.refused.report.at").in(messages, locale()));
      return reports(model);
    }
    try {
      taking.take(new TakingReports.Request(amount, paid, channel, lines(payeeAccounts), lines(phones), lines(urls), null, description));
    } catch (RequestRefused e) {
      model.addAttribute("problem", e.in(messages, locale()));
      return reports(model);
    }
    return "redirect:/fraud/reports";
  }

  @GetMapping("/fraud/warnings")
  String warnings(@RequestParam(defaultValue = "received") String side, Model model) {
    require(FraudRoles.WARNING_READERS);
    boolean sent = side.equals("sent");
    model.addAttribute("side", sent ? "sent" : "received").addAttribute("tab", "warnings");
    if (sent) {
      model.addAttribute("sent", warnings.sent(200));
    } else {
      model.addAttribute("received", warnings.received(200));
    }
    audit.record("fraud.warning.search", "page " + (sent ? "sent" : "received"), "", AuditOutcome.ok());
    return "fraud/warnings";
  }

  @GetMapping("/fraud/warnings/{id}")
  String warning(@PathVariable UUID id, Model model) {
    require(FraudRoles.WARNING_READERS);
    var received = warnings.findReceived(id);
    var sent = received.isPresent() ? java.util.Optional.<cn.deltalink.fraud.internal.warning.SentWarning>empty() : warnings.findSent(id);
    if (received.isEmpty() && sent.isEmpty()) {
      throw FRAUD.notFound("fraud.refused.warning.notFound", id);
    }
    model.addAttribute("received", received.orElse(null))
        .addAttribute("sent", sent.orElse(null))
        .addAttribute("warning", received.map(r -> r.warning()).orElseGet(() -> sent.orElseThrow().warning()))
        .addAttribute("mayIntervene", received.isPresent() && FraudRoles.holds(current.get().orElse(null), FraudRoles.INTERVENERS))
        .addAttribute("tab", "warnings");
    audit.record("fraud.warning.read", id.toString(), "", AuditOutcome.ok());
    return "fraud/warning";
  }

  @PostMapping("/fraud/warnings/{id}/interventions")
  String intervene(@PathVariable UUID id, @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String outcome,
      @RequestParam(required = false) @Nullable BigDecimal amountStopped, @RequestParam(defaultValue = "") String note, Model model) {
    try {
      interventions.record(id, new RecordingInterventions.Request(kind, outcome, amountStopped == null ? BigDecimal.ZERO : amountStopped, note));
    } catch (RequestRefused e) {
      if (e.status().value() == 400) {
        model.addAttribute("problem", e.in(messages, locale()));
        return warning(id, model);
      }
      throw e;
    }
    return "redirect:/fraud/warnings/" + id;
  }

  @GetMapping("/statistics/fraud")
  String statistics(Model model) {
    require(FraudRoles.STATISTICS);
    model.addAttribute("tab", "statistics");
    return "fraud/statistics";
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private void require(Set<Role> roles) {
    if (!FraudRoles.holds(current.get().orElse(null), roles)) {
      audit.record("fraud.page", "", "", AuditOutcome.denied("role"));
      throw FRAUD.forbidden("fraud.refused.role.page");
    }
  }

  /** A refusal that ends a page (a role that may not, a warning not held here): the error page, saying why in the officer's language. */
  @ExceptionHandler(RequestRefused.class)
  String refused(RequestRefused refused, Model model, HttpServletResponse response) {
    response.setStatus(refused.status().value());
    model.addAttribute("status", refused.status().value()).addAttribute("refusal", refused.in(messages, locale()));
    return "error";
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
