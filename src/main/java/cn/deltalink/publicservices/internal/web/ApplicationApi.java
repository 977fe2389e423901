package cn.deltalink.publicservices.internal.web;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.publicservices.internal.application.Application;
import cn.deltalink.publicservices.internal.application.ApplicationMessages;
import cn.deltalink.publicservices.internal.application.ApplicationState;
import cn.deltalink.publicservices.internal.application.Applications;
import cn.deltalink.publicservices.internal.application.DecidingApplications;
import cn.deltalink.publicservices.internal.application.MaterialVault;
import cn.deltalink.publicservices.internal.application.Routing;
import cn.deltalink.publicservices.internal.application.ServiceClock;
import cn.deltalink.publicservices.internal.application.SupplyingMaterial;
import cn.deltalink.publicservices.internal.application.TakingApplications;
import cn.deltalink.publicservices.internal.application.TrackingNumber;
import cn.deltalink.publicservices.internal.catalogue.ServiceCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue and the applications: intake, the view at every node involved, the decision, more material, the certificate, the stuck view. */
@RestController
@Tag(name = "public services", description = "Cross-province public services (跨省通办): the catalogue, applications with one tracking number, decisions, clocks in working days")
class ApplicationApi {

  record ApplicantRequest(@Nullable String residentId, @Nullable String name, @Nullable String phone) {}

  record MaterialRequest(@Nullable String name, @Nullable String contentBase64) {}

  record ApplicationRequest(
      @Nullable String item, @Nullable String subtype, @Nullable ApplicantRequest applicant, @Nullable String competentNode, @Nullable Boolean consent,
      @Nullable List<MaterialRequest> materials, @Nullable Map<String, Object> details) {}

  record DecisionRequest(@Nullable String decision, @Nullable String reason) {}

  record MaterialsRequest(@Nullable List<MaterialRequest> materials) {}

  record Created(String trackingNumber, String state, String competentNode, List<String> registeredElsewhere) {}

  record Stuck(String trackingNumber, String item, String state, String waitingOn, java.time.Instant waitingSince, long waitedMinutes, java.time.@Nullable Instant dueAt, boolean overdue) {}

  private final ServiceCatalogue catalogue;
  private final Applications applications;
  private final TakingApplications taking;
  private final DecidingApplications deciding;
  private final SupplyingMaterial supplying;
  private final ApplicationViews views;
  private final Readers readers;
  private final AuditTrail audit;
  private final Routing routing;
  private final ServiceClock clock;

  ApplicationApi(
      ServiceCatalogue catalogue, Applications applications, TakingApplications taking, DecidingApplications deciding, SupplyingMaterial supplying, ApplicationViews views,
      Readers readers, AuditTrail audit, Routing routing, ServiceClock clock) {
    this.catalogue = catalogue;
    this.applications = applications;
    this.taking = taking;
    this.deciding = deciding;
    this.supplying = supplying;
    this.views = views;
    this.readers = readers;
    this.audit = audit;
    this.routing = routing;
    this.clock = clock;
  }

  @Operation(summary = "The region's service catalogue", description = "Items with subtypes, the competent side, required materials (by key), consent texts, time limit in working days, output.")
  @GetMapping("/api/v1/service-items")
  List<ServiceItemView> items() {
    return ServiceItemView.all(catalogue);
  }

  @Operation(
      summary = "A window clerk takes an application",
      description = "Checks the applicant's resident ID, the consent, the required materials (a material's name contains its key, e.g. id-card.jpg), then sends the application to the"
          + " competent node (derived from the register or the ID number when absent; for a hukou transfer the destination, this node unless named). 201 with the tracking number.")
  @PostMapping(path = "/api/v1/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Created> take(@RequestBody ApplicationRequest request) {
    ApplicantRequest applicant = request.applicant() == null ? new ApplicantRequest(null, null, null) : request.applicant();
    Application taken =
        taking.take(
            new TakingApplications.Intake(request.item(), request.subtype(), applicant.residentId(), applicant.name(), applicant.phone(), request.competentNode(),
                Boolean.TRUE.equals(request.consent()), materials(request.materials()), details(request.details())));
    return ResponseEntity.created(URI.create("/api/v1/applications/" + taken.trackingNumber()))
        .body(new Created(taken.trackingNumber().value(), taken.state().slug(), taken.competentNode(), taken.registeredElsewhere()));
  }

  @Operation(summary = "Applications held here, newest first", description = "state sent|under-review|more-material|move-out-pending|approved|refused; side intake|competent; overdue true; limit 1-500.")
  @GetMapping("/api/v1/applications")
  List<ApplicationViews.View> list(
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String side,
      @RequestParam(required = false, defaultValue = "false") boolean overdue,
      @RequestParam(required = false, defaultValue = "100") int limit) {
    readers.require();
    if (limit < 1 || limit > 500) {
      throw RequestRefused.invalid("limit is 1 to 500");
    }
    ApplicationState s;
    try {
      s = state == null || state.isBlank() ? null : ApplicationState.parse(state);
    } catch (IllegalArgumentException e) {
      throw RequestRefused.invalid(e.getMessage());
    }
    String sideText = side == null ? "" : side.strip();
    if (!sideText.isEmpty() && !sideText.equals("intake") && !sideText.equals("competent")) {
      throw RequestRefused.invalid("side is intake or competent");
    }
    List<Application> found =
        applications.list(new Applications.Filter(s, sideText.equals("intake") ? routing.self() : null, sideText.equals("competent") ? routing.self() : null, overdue, limit), clock.now());
    audit.record("application.list", found.size() + " applications", ApplicationMessages.PURPOSE, AuditOutcome.ok());
    return found.stream().map(views::of).toList();
  }

  @Operation(summary = "Applications waiting on another node or leg, longest first", description = "Sent and not yet received, waiting for the origin's move-out, for the window's material.")
  @GetMapping("/api/v1/applications/stuck")
  List<Stuck> stuck() {
    readers.require();
    List<Stuck> stuck = new ArrayList<>();
    for (Application a : applications.open(1000)) {
      if (a.waitingOn() != null && !a.waitingOn().equals(routing.self()) || a.state() == ApplicationState.SENT) {
        stuck.add(new Stuck(a.trackingNumber().value(), a.item(), a.state().slug(), a.waitingOn(), a.changedAt(), views.waited(a).toMinutes(), a.dueAt(), a.overdue(clock.now())));
      }
    }
    audit.record("application.stuck", stuck.size() + " applications", ApplicationMessages.PURPOSE, AuditOutcome.ok());
    return stuck;
  }

  @Operation(summary = "One application at any node involved (audited)", description = "state, legs (review, move-out, registration) with signatures, dueAt in working days, the delivery to the competent node.")
  @GetMapping("/api/v1/applications/{trackingNumber}")
  ApplicationViews.View open(@PathVariable String trackingNumber) {
    readers.require();
    Application a = find(trackingNumber);
    audit.record("application.read", a.trackingNumber().value(), ApplicationMessages.PURPOSE, AuditOutcome.ok());
    return views.of(a);
  }

  @Operation(summary = "The competent node's reviewer decides", description = "{\"decision\": approve | more-material | refuse, \"reason\": needed for more-material and refuse}")
  @PostMapping(path = "/api/v1/applications/{trackingNumber}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
  ApplicationViews.View decide(@PathVariable String trackingNumber, @RequestBody DecisionRequest request) {
    return views.of(deciding.decide(tracking(trackingNumber), request.decision(), request.reason()));
  }

  @Operation(summary = "The intake window supplies the material asked for", description = "{\"materials\": [{\"name\", \"contentBase64\"}]}; the clock runs again at the competent node.")
  @PostMapping(path = "/api/v1/applications/{trackingNumber}/materials", consumes = MediaType.APPLICATION_JSON_VALUE)
  ApplicationViews.View supply(@PathVariable String trackingNumber, @RequestBody MaterialsRequest request) {
    return views.of(supplying.supply(tracking(trackingNumber), materials(request.materials())));
  }

  @Operation(summary = "The e-certificate of an approved application (PDF, signed by the issuing node)")
  @GetMapping(path = "/api/v1/applications/{trackingNumber}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> certificate(@PathVariable String trackingNumber) {
    readers.require();
    Application a = find(trackingNumber);
    byte[] pdf = applications.certificatePdf(a.trackingNumber()).orElseThrow(() -> RequestRefused.notFound("Application " + a.trackingNumber() + " has no certificate here (yet)"));
    audit.record("application.certificate", a.trackingNumber().value(), ApplicationMessages.PURPOSE, AuditOutcome.ok());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + a.trackingNumber() + ".pdf\"")
        .body(pdf);
  }

  private Application find(String trackingNumber) {
    TrackingNumber tn = tracking(trackingNumber);
    return applications.find(tn).orElseThrow(() -> RequestRefused.notFound("No application " + tn + " here"));
  }

  static TrackingNumber tracking(String text) {
    try {
      return new TrackingNumber(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw RequestRefused.invalid(e.getMessage());
    }
  }

  static List<MaterialVault.Material> materials(@Nullable List<MaterialRequest> requests) {
    List<MaterialVault.Material> materials = new ArrayList<>();
    if (requests == null) {
      return materials;
    }
    for (MaterialRequest r : requests) {
      if (r == null || r.name() == null || r.contentBase64() == null) {
        throw RequestRefused.invalid("materials: each material has a name and contentBase64");
      }
      try {
        materials.add(new MaterialVault.Material(r.name().strip(), Base64.getMimeDecoder().decode(r.contentBase64())));
      } catch (IllegalArgumentException e) {
        throw RequestRefused.invalid("materials: contentBase64 of " + cn.deltalink.platform.UntrustedText.clipped(r.name(), 80) + " is not Base64");
      }
    }
    return materials;
  }

  private static Map<String, String> details(@Nullable Map<String, Object> details) {
    Map<String, String> text = new LinkedHashMap<>();
    if (details != null) {
      details.forEach((k, v) -> text.put(k, v == null ? "" : String.valueOf(v)));
    }
    return text;
  }
}
