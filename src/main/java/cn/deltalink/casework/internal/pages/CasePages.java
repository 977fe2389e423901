package cn.deltalink.casework.internal.pages;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.assistance.AssistanceRequests;
import cn.deltalink.casework.internal.assistance.AssistanceViews;
import cn.deltalink.casework.internal.assistance.RequestKind;
import cn.deltalink.casework.internal.assistance.RequestingAssistance;
import cn.deltalink.casework.internal.cases.CaseAccess;
import cn.deltalink.casework.internal.cases.EntityChecks;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.casework.internal.cases.CaseState;
import cn.deltalink.casework.internal.cases.CaseType;
import cn.deltalink.casework.internal.cases.CaseViews;
import cn.deltalink.casework.internal.cases.Cases;
import cn.deltalink.casework.internal.cases.EntityRequest;
import cn.deltalink.casework.internal.cases.EntityType;
import cn.deltalink.casework.internal.cases.JoiningCases;
import cn.deltalink.casework.internal.cases.OpeningCases;
import cn.deltalink.casework.internal.cases.RecordingEntities;
import cn.deltalink.casework.internal.evidence.CaseFiles;
import cn.deltalink.casework.internal.evidence.EvidenceItems;
import cn.deltalink.casework.internal.evidence.RecordingEvidence;
import cn.deltalink.casework.internal.linkage.CaseLinks;
import cn.deltalink.casework.internal.linkage.LinkDetails;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.platform.UntrustedText;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * The case pages: the list with the form to open a case, and one case with its entities, linked
 * cases, evidence, requests, participants and timeline, each with the forms of its next steps. The
 * forms call the same services as the API, so the rules and the audit are the same.
 */
@Controller
@RequestMapping("/cases")
class CasePages {

  private final OpeningCases opening;
  private final RecordingEntities recording;
  private final JoiningCases joining;
  private final RecordingEvidence evidence;
  private final RequestingAssistance requesting;
  private final LinkDetails linkDetails;
  private final Cases cases;
  private final CaseAccess access;
  private final CaseViews views;
  private final CaseLinks links;
  private final EvidenceItems items;
  private final AssistanceRequests requests;
  private final AssistanceViews requestViews;
  private final CaseOfficers officers;
  private final Masking masking;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final List<EntityChecks> checks;
  private final Exchange exchange;
  private final cn.deltalink.evidencerules.EvidenceRules rules;

  CasePages(
      OpeningCases opening, RecordingEntities recording, JoiningCases joining, RecordingEvidence evidence, RequestingAssistance requesting, LinkDetails linkDetails, Cases cases, CaseAccess access,
      CaseViews views, CaseLinks links, EvidenceItems items, AssistanceRequests requests, AssistanceViews requestViews, CaseOfficers officers, Masking masking, AuditTrail audit, List<EntityChecks> checks, Exchange exchange, cn.deltalink.evidencerules.EvidenceRules rules, MessageSource messages) {
    this.messages = messages;
    this.rules = rules;
    this.exchange = exchange;
    this.opening = opening;
    this.recording = recording;
    this.joining = joining;
    this.evidence = evidence;
    this.requesting = requesting;
    this.linkDetails = linkDetails;
    this.cases = cases;
    this.access = access;
    this.views = views;
    this.links = links;
    this.items = items;
    this.requests = requests;
    this.requestViews = requestViews;
    this.officers = officers;
    this.masking = masking;
    this.audit = audit;
    this.checks = checks;
  }

  @GetMapping
  String list(@RequestParam(required = false) @Nullable String type, Model model) {
    Officer officer = officers.require(CaseOfficers.READERS, "case.list", "cases");
    CaseType t = type == null || type.isBlank() ? null : CaseType.ofCode(type).orElse(null);
    Locale locale = LocaleContextHolder.getLocale();
    String prefix = officer.jurisdiction().replaceAll("(00)+$", "");
    var found = cases.within(prefix, t, null, 200).stream().map(c -> views.summary(c, locale)).toList();
    audit.record("case.list", found.size() + " cases", "", AuditOutcome.ok());
    model.addAttribute("cases", found)
        .addAttribute("types", Arrays.stream(CaseType.values()).map(c -> new Option(c.code(), c.name(locale))).toList())
        .addAttribute("type", type == null ? "" : type)
        .addAttribute("mayOpen", officer.roles().stream().anyMatch(CaseOfficers.INVESTIGATORS::contains))
        .addAttribute("agency", officer.agencyCode());
    return "casework/cases";
  }

  @PostMapping
  String open(
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String title,
      @RequestParam(required = false) @Nullable String summary,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable String amount) {
    BigDecimal sum = null;
    if (amount != null && !amount.isBlank()) {
      try {
        sum = new BigDecimal(amount.strip());
      } catch (NumberFormatException e) {
        throw CASEWORK.invalid("casework.refused.amount.sum");
      }
    }
    return "redirect:/cases/" + opening.open(new OpeningCases.OpenRequest(type, title, summary, agency, sum, null, null)).id();
  }

  @GetMapping("/{id}")
  String detail(@PathVariable UUID id, @RequestParam(required = false, defaultValue = "") String purpose, @RequestParam(required = false) @Nullable String handOver, Model model) {
    CaseAccess.Allowed allowed = access.require(id, CaseOfficers.READERS, "case.read");
    String stated = UntrustedText.clipped(purpose.strip(), 200);
    audit.record("case.read", id + " " + allowed.c().number(), stated, AuditOutcome.ok());
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("c", views.of(allowed.c(), stated, locale))
        .addAttribute("purpose", stated)
        .addAttribute("mayUnmask", masking.mayUnmask(PersonalField.RESIDENT_ID))
        .addAttribute("links", links.ofCase(id))
        .addAttribute("evidence", items.ofCase(id))
        .addAttribute("requests", requests.ofCase(id).stream().map(r -> requestViews.of(r, locale)).toList())
        .addAttribute("entityTypes", Arrays.stream(EntityType.values()).map(EntityType::code).toList())
        .addAttribute("kinds", RequestKind.slugs())
        .addAttribute("lead", allowed.c().ledBy(exchange.localNode().value()))
        .addAttribute("states", states())
        .addAttribute("completeness", completeness(allowed.c(), allowed.c().leadNode()))
        .addAttribute("handOver", handOver == null || !handOver.matches("[A-Z]{2,8}") ? null : completeness(allowed.c(), handOver))
        .addAttribute("members", exchange.members().stream().map(m -> m.id().value()).filter(n -> !n.equals(allowed.c().leadNode())).toList());
    return "casework/case";
  }

  @PostMapping("/{id}/entities")
  String addEntity(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String value,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String residentId,
      @RequestParam(required = false) @Nullable String phones,
      @RequestParam(required = false) @Nullable String provider,
      @RequestParam(required = false) @Nullable String divisionCode,
      @RequestParam(required = false) @Nullable String bank) {
    List<String> phoneList = phones == null || phones.isBlank() ? List.of() : Arrays.stream(phones.split("[,，\\s]+")).filter(p -> !p.isBlank()).toList();
    var request = new EntityRequest(type, value, blank(residentId), blank(name), null, null, phoneList, blank(bank), blank(provider), null, blank(divisionCode), null, null);
    var added = recording.add(id, request);
    if (added.created()) {
      checks.forEach(c -> c.check(id, added.entities()));
    }
    return "redirect:/cases/" + id;
  }

  @PostMapping("/{id}/state")
  String state(@PathVariable UUID id, @RequestParam(required = false) @Nullable String state) {
    opening.moveTo(id, state);
    return "redirect:/cases/" + id;
  }

  @PostMapping("/{id}/participants")
  String participant(@PathVariable UUID id, @RequestParam(required = false) @Nullable String agency) {
    joining.addParticipant(id, agency);
    return "redirect:/cases/" + id;
  }

  @PostMapping("/{id}/evidence")
  String collect(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String title,
      @RequestParam(required = false) @Nullable String place,
      @RequestParam(required = false) @Nullable MultipartFile file) {
    RecordingEvidence.Upload upload = null;
    if (file != null && !file.isEmpty()) {
      if (file.getSize() > CaseFiles.MAX_BYTES) {
        throw CASEWORK.invalid("casework.refused.evidence.fileTooLarge");
      }
      try {
        upload = new RecordingEvidence.Upload(file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(), file.getContentType() == null ? "" : file.getContentType(), file.getBytes());
      } catch (IOException e) {
        throw CASEWORK.invalid("casework.refused.file.unreadable");
      }
    }
    evidence.collect(id, kind, title, place, null, upload);
    return "redirect:/cases/" + id;
  }

  @PostMapping("/{id}/requests")
  String request(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String toAgency,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String urgency,
      @RequestParam(required = false) @Nullable String handlingCode,
      @RequestParam(required = false) @Nullable String question,
      @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files) {
    var sent = requesting.send(new RequestingAssistance.SendRequest(id.toString(), toAgency, kind, urgency, handlingCode, question, FormFiles.attachments(files)));
    return "redirect:/assistance/" + sent.id();
  }

  @PostMapping("/{id}/links/{link}/details-request")
  String requestDetails(@PathVariable UUID id, @PathVariable UUID link, @RequestParam(required = false) @Nullable String purpose) {
    linkDetails.request(link, purpose);
    return "redirect:/cases/" + id;
  }

  @PostMapping("/{id}/links/{link}/decision")
  String decide(@PathVariable UUID id, @PathVariable UUID link, @RequestParam(required = false, defaultValue = "false") boolean approve, @RequestParam(required = false) @Nullable String reason) {
    linkDetails.decide(link, approve, reason);
    return "redirect:/cases/" + id;
  }

  @PostMapping("/evidence/{item}/custody")
  String custody(@PathVariable UUID item, @RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String place, @RequestParam(required = false) @Nullable String note) {
    var entry = evidence.record(item, action, place, note);
    return "redirect:/cases/" + items.find(entry.evidenceId()).orElseThrow().caseId();
  }

  /** The case against a province's evidence rules; none when the rules do not know its type. */
  private cn.deltalink.evidencerules.@Nullable Completeness completeness(cn.deltalink.casework.internal.cases.Case c, String province) {
    java.util.Map<String, BigDecimal> facts = c.amount() == null ? java.util.Map.of() : java.util.Map.of("amount", c.amount());
    try {
      return rules.check(c.type().code(), province, items.kindsOf(c.id()), facts);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A value and its label for a select. */
  record Option(String value, String label) {}

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static List<String> states() {
    return Arrays.stream(CaseState.values()).map(CaseState::slug).toList();
  }

  @org.springframework.web.bind.annotation.ExceptionHandler(RequestRefused.class)
  String refused(RequestRefused refused, Model model, jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
    return PageRefusals.show(refused, messages, model, request, response);
  }
}
