package cn.deltalink.casework.internal.linkage;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.cases.CaseAccess;
import cn.deltalink.identity.Masks;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.Agencies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Linkage (串并案): the links of a case, the follow-up request for details, the owner's decision. */
@RestController
@Tag(name = "links", description = "Linked cases across provinces: hit/no-hit first, details by an approved follow-up")
class LinkApi {

  record DetailsRequest(@Nullable String purpose) {}

  record Decision(@Nullable Boolean approve, @Nullable String reason) {}

  record View(
      UUID id, String side, UUID caseId, String entityType, String identifier, String remoteNode, String remoteAgency, String remoteAgencyName, @Nullable String contact, String state, Instant foundAt,
      @Nullable String purpose, @Nullable Instant requestedAt, @Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String refusal, @Nullable Map<String, Object> details) {}

  private final CaseLinks links;
  private final LinkDetails details;
  private final CaseAccess access;
  private final CaseOfficers officers;
  private final Agencies agencies;
  private final Masking masking;
  private final AuditTrail audit;

  LinkApi(CaseLinks links, LinkDetails details, CaseAccess access, CaseOfficers officers, Agencies agencies, Masking masking, AuditTrail audit) {
    this.links = links;
    this.details = details;
    this.access = access;
    this.officers = officers;
    this.agencies = agencies;
    this.masking = masking;
    this.audit = audit;
  }

  @Operation(summary = "The linked cases of a case: hits at other provinces (asker) and other provinces' questions about it (owner)")
  @GetMapping("/api/v1/cases/{id}/links")
  List<View> ofCase(@PathVariable UUID id) {
    access.require(id, CaseOfficers.READERS, "link.list");
    List<View> found = links.ofCase(id).stream().map(this::view).toList();
    audit.record("link.list", id + " " + found.size(), "", AuditOutcome.ok());
    return found;
  }

  @Operation(summary = "Links of the cases you cover", description = "side asker|owner (default owner: questions to decide); state hit|details-requested|approved|refused; limit 1-500.")
  @GetMapping("/api/v1/links")
  List<View> list(@RequestParam(required = false, defaultValue = "owner") String side, @RequestParam(required = false) @Nullable String state, @RequestParam(required = false, defaultValue = "100") int limit) {
    Officer officer = officers.require(CaseOfficers.READERS, "link.list", "links");
    if (limit < 1 || limit > 500) {
      throw CASEWORK.invalid("casework.refused.limit");
    }
    CaseLink.Side s;
    CaseLink.State st;
    try {
      s = CaseLink.Side.valueOf(side.strip().toUpperCase(Locale.ROOT));
      st = state == null || state.isBlank() ? null : CaseLink.State.parse(state.strip());
    } catch (IllegalArgumentException e) {
      throw CASEWORK.invalid("casework.refused.link.filter");
    }
    List<View> found = links.list(s, st, officer.jurisdiction().replaceAll("(00)+$", ""), limit).stream().map(this::view).toList();
    audit.record("link.list", s.slug() + " " + found.size(), "", AuditOutcome.ok());
    return found;
  }

  @Operation(summary = "One link")
  @GetMapping("/api/v1/links/{id}")
  View read(@PathVariable UUID id) {
    CaseLink link = links.find(id).orElseThrow(() -> CASEWORK.notFound("casework.refused.link.notFound", id));
    access.require(link.caseId(), CaseOfficers.READERS, "link.read");
    audit.record("link.read", id.toString(), "", AuditOutcome.ok());
    return view(link);
  }

  @Operation(summary = "Ask the owning agency for the linked case's details, stating the purpose", description = "{purpose}; the owner approves or refuses; both sides audit it.")
  @PostMapping(path = "/api/v1/links/{id}/details-request", consumes = MediaType.APPLICATION_JSON_VALUE)
  View requestDetails(@PathVariable UUID id, @RequestBody DetailsRequest request) {
    return view(details.request(id, request.purpose()));
  }

  @Operation(summary = "The owning agency approves (the details travel) or refuses a request for details", description = "{approve: true|false, reason (required to refuse)}")
  @PostMapping(path = "/api/v1/links/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
  View decide(@PathVariable UUID id, @RequestBody Decision decision) {
    if (decision.approve() == null) {
      throw CASEWORK.invalid("casework.refused.link.approve");
    }
    return view(details.decide(id, decision.approve(), decision.reason()));
  }

  private View view(CaseLink l) {
    Locale locale = LocaleContextHolder.getLocale();
    return new View(
        l.id(), l.side().slug(), l.caseId(), l.entityType(), masked(l.entityType(), l.key()), l.remoteNode(), l.remoteAgency(), agencies.find(l.remoteAgency()).map(a -> a.name(locale)).orElse(l.remoteAgency()),
        l.contact(), l.state().slug(), l.foundAt(), l.purpose(), l.requestedAt(), l.decidedAt(), l.decidedBy(), l.refusal(), l.details());
  }

  private String masked(String type, String key) {
    return switch (type) {
      case "person" -> masking.masked(PersonalField.RESIDENT_ID, key);
      case "phone" -> masking.masked(PersonalField.MOBILE, key);
      case "bank-card", "bank-account" -> masking.masked(PersonalField.BANK_CARD, key);
      case "payment-account" -> Masks.unchecked(key);
      default -> key;
    };
  }
}
