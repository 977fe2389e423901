package cn.deltalink.casework.internal.pages;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.assistance.AnsweringAssistance;
import cn.deltalink.casework.internal.assistance.AssistanceRequest;
import cn.deltalink.casework.internal.assistance.AssistanceRequests;
import cn.deltalink.casework.internal.assistance.AssistanceViews;
import cn.deltalink.casework.internal.assistance.RequestingAssistance;
import cn.deltalink.casework.internal.assistance.SentRequest;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.Agencies;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assistance pages: inbox and outbox with running clocks (both sides see the same deadline), one
 * request with the steps its side may take, and the breach view per province and agency.
 */
@Controller
@RequestMapping("/assistance")
class AssistancePages {

  private final RequestingAssistance requesting;
  private final AnsweringAssistance answering;
  private final AssistanceRequests requests;
  private final AssistanceViews views;
  private final CaseOfficers officers;
  private final Agencies agencies;
  private final cn.deltalink.region.Divisions divisions;
  private final CaseworkClock clock;
  private final AuditTrail audit;
  private final MessageSource messages;

  AssistancePages(RequestingAssistance requesting, AnsweringAssistance answering, AssistanceRequests requests, AssistanceViews views, CaseOfficers officers, Agencies agencies, CaseworkClock clock, AuditTrail audit, cn.deltalink.region.Divisions divisions, MessageSource messages) {
    this.messages = messages;
    this.divisions = divisions;
    this.requesting = requesting;
    this.answering = answering;
    this.requests = requests;
    this.views = views;
    this.officers = officers;
    this.agencies = agencies;
    this.clock = clock;
    this.audit = audit;
  }

  @GetMapping
  String boxes(@RequestParam(required = false, defaultValue = "false") boolean overdue, Model model) {
    Officer officer = officers.require(CaseOfficers.READERS, "assistance.list", "boxes");
    String prefix = officer.jurisdiction().replaceAll("(00)+$", "");
    Locale locale = LocaleContextHolder.getLocale();
    var now = clock.now();
    List<AssistanceViews.View> inbox = requests.list("received", null, overdue, prefix, now, 200).stream().map(r -> views.of(r, locale)).toList();
    List<AssistanceViews.View> outbox = requests.list("sent", null, overdue, prefix, now, 200).stream().map(r -> views.of(r, locale)).toList();
    audit.record("assistance.list", "inbox " + inbox.size() + " outbox " + outbox.size(), "", AuditOutcome.ok());
    model.addAttribute("inbox", inbox).addAttribute("outbox", outbox).addAttribute("overdue", overdue).addAttribute("now", now);
    return "casework/assistance";
  }

  @GetMapping("/breaches")
  String breaches(Model model) {
    officers.require(CaseOfficers.READERS, "assistance.breaches", "breaches");
    Locale locale = LocaleContextHolder.getLocale();
    var rows = requests.breaches(clock.now()).stream().map(b -> new BreachView(divisions.find(b.agency().substring(0, 2)).map(d -> d.name()).orElse(b.agency().substring(0, 2)), agencies.find(b.agency()).map(a -> a.name(locale)).orElse(b.agency()), b)).toList();
    audit.record("assistance.breaches", rows.size() + " agencies", "", AuditOutcome.ok());
    model.addAttribute("rows", rows);
    return "casework/breaches";
  }

  /** A row of the breach view: province, agency name and the figures. */
  record BreachView(String province, String name, AssistanceRequests.BreachRow figures) {}

  @GetMapping("/{id}")
  String detail(@PathVariable UUID id, Model model) {
    Officer officer = officers.require(CaseOfficers.READERS, "assistance.read", id.toString());
    AssistanceRequest r = requests.find(id).orElseThrow(() -> CASEWORK.notFound("casework.refused.request.notFound", id));
    officers.requireCovers(officer, List.of(r instanceof SentRequest ? r.details().fromAgency() : r.details().toAgency()), "assistance.read", id.toString());
    audit.record("assistance.read", id.toString(), "协查请求", AuditOutcome.ok());
    model.addAttribute("r", views.of(r, LocaleContextHolder.getLocale())).addAttribute("now", clock.now());
    return "casework/request";
  }

  @PostMapping("/{id}/reply")
  String reply(@PathVariable UUID id, @RequestParam(required = false) @Nullable String answer, @RequestParam(name = "files", required = false) @Nullable List<org.springframework.web.multipart.MultipartFile> files) {
    answering.reply(id, answer, FormFiles.attachments(files));
    return "redirect:/assistance/" + id;
  }

  @PostMapping("/{id}/decline")
  String decline(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason) {
    answering.decline(id, reason);
    return "redirect:/assistance/" + id;
  }

  @PostMapping("/{id}/assign")
  String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable String assignee) {
    answering.assign(id, assignee);
    return "redirect:/assistance/" + id;
  }

  @PostMapping("/{id}/accept")
  String accept(@PathVariable UUID id) {
    requesting.accept(id);
    return "redirect:/assistance/" + id;
  }

  @PostMapping("/{id}/follow-up")
  String followUp(@PathVariable UUID id, @RequestParam(required = false) @Nullable String question) {
    requesting.followUp(id, question);
    return "redirect:/assistance/" + id;
  }

  @PostMapping("/{id}/withdraw")
  String withdraw(@PathVariable UUID id) {
    requesting.withdraw(id);
    return "redirect:/assistance/" + id;
  }

  @org.springframework.web.bind.annotation.ExceptionHandler(RequestRefused.class)
  String refused(RequestRefused refused, Model model, jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
    return PageRefusals.show(refused, messages, model, request, response);
  }
}
