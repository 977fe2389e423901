package cn.deltalink.publicservices.internal.web;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.publicservices.internal.application.Application;
import cn.deltalink.publicservices.internal.application.ApplicationMessages;
import cn.deltalink.publicservices.internal.application.Applications;
import cn.deltalink.publicservices.internal.application.DecidingApplications;
import cn.deltalink.publicservices.internal.application.MaterialVault;
import cn.deltalink.publicservices.internal.application.Routing;
import cn.deltalink.publicservices.internal.application.ServiceClock;
import cn.deltalink.publicservices.internal.application.SupplyingMaterial;
import cn.deltalink.publicservices.internal.application.TakingApplications;
import cn.deltalink.publicservices.internal.catalogue.ServiceCatalogue;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The window's and the reviewer's pages (跨省通办): the list, intake with its printable preview, one
 * application with its clock and legs, the decision, more material, the stuck view, the statistics.
 */
@Controller
class ServicePages {

  private final ServiceCatalogue catalogue;
  private final Applications applications;
  private final TakingApplications taking;
  private final DecidingApplications deciding;
  private final SupplyingMaterial supplying;
  private final MaterialVault vault;
  private final ApplicationViews views;
  private final Readers readers;
  private final CurrentOfficer current;
  private final AuditTrail audit;
  private final Routing routing;
  private final ServiceClock clock;
  private final Exchange exchange;

  ServicePages(
      ServiceCatalogue catalogue, Applications applications, TakingApplications taking, DecidingApplications deciding, SupplyingMaterial supplying, MaterialVault vault,
      ApplicationViews views, Readers readers, CurrentOfficer current, AuditTrail audit, Routing routing, ServiceClock clock, Exchange exchange) {
    this.catalogue = catalogue;
    this.applications = applications;
    this.taking = taking;
    this.deciding = deciding;
    this.supplying = supplying;
    this.vault = vault;
    this.views = views;
    this.readers = readers;
    this.current = current;
    this.audit = audit;
    this.routing = routing;
    this.clock = clock;
    this.exchange = exchange;
  }

  @GetMapping("/services")
  String list(@RequestParam(required = false, defaultValue = "") String side, Model model) {
    readers.require();
    String self = routing.self();
    List<Application> found =
        applications.list(new Applications.Filter(null, side.equals("intake") ? self : null, side.equals("competent") ? self : null, side.equals("overdue"), 200), clock.now());
    audit.record("application.list", found.size() + " applications", ApplicationMessages.PURPOSE, AuditOutcome.ok());
    model.addAttribute("applications", found.stream().map(views::of).toList())
        .addAttribute("side", side)
        .addAttribute("self", self)
        .addAttribute("mayTake", current.get().map(o -> o.has(Role.WINDOW_CLERK)).orElse(false));
    return "publicservices/list";
  }

  @GetMapping("/services/new")
  String form(Model model) {
    requireClerk();
    model.addAttribute("items", catalogue.all()).addAttribute("nodes", nodes());
    return "publicservices/form";
  }

  /** Checks everything and shows the printable preview of what will be sent, with the consent text for the applicant to sign. */
  @PostMapping("/services/preview")
  String preview(
      @RequestParam String code, @RequestParam String residentId, @RequestParam String name, @RequestParam(required = false) @Nullable String phone,
      @RequestParam(required = false) @Nullable String competentNode, @RequestParam(required = false, defaultValue = "") String purpose,
      @RequestParam(required = false) @Nullable List<MultipartFile> files, Model model) {
    requireClerk();
    List<MaterialVault.Material> materials = new ArrayList<>();
    for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
      if (!f.isEmpty()) {
        materials.add(new MaterialVault.Material(f.getOriginalFilename() == null ? "scan" : f.getOriginalFilename(), bytes(f)));
      }
    }
    String[] parts = code.split("/", 2);
    TakingApplications.Intake intake =
        new TakingApplications.Intake(parts[0], parts.length > 1 ? parts[1] : null, residentId, name, phone, competentNode, true, materials,
            purpose.isBlank() ? Map.of() : Map.of("purpose", purpose));
    TakingApplications.CheckedIntake checked = taking.check(intake);
    model.addAttribute("checked", checked)
        .addAttribute("code", code)
        .addAttribute("purpose", purpose)
        .addAttribute("competentNodeGiven", competentNode == null ? "" : competentNode)
        .addAttribute("materials", materials.stream().map(m -> new Upload(m.name(), m.content().length, Base64.getEncoder().encodeToString(m.content()))).toList());
    return "publicservices/preview";
  }

  record Upload(String name, int size, String base64) {}

  @PostMapping("/services/applications")
  String take(
      @RequestParam String code, @RequestParam String residentId, @RequestParam String name, @RequestParam(required = false) @Nullable String phone,
      @RequestParam(required = false) @Nullable String competentNode, @RequestParam(required = false, defaultValue = "") String purpose,
      @RequestParam(required = false, defaultValue = "false") boolean consent, @RequestParam(required = false) @Nullable List<String> materialName,
      @RequestParam(required = false) @Nullable List<String> materialContent) {
    List<MaterialVault.Material> materials = new ArrayList<>();
    List<String> names = materialName == null ? List.of() : materialName;
    List<String> contents = materialContent == null ? List.of() : materialContent;
    if (names.size() != contents.size()) {
      throw RequestRefused.invalid("materials: each material has a name and a content");
    }
    for (int i = 0; i < names.size(); i++) {
      materials.add(new MaterialVault.Material(names.get(i), ApplicationApi.materials(List.of(new ApplicationApi.MaterialRequest(names.get(i), contents.get(i)))).get(0).content()));
    }
    String[] parts = code.split("/", 2);
    Application taken =
        taking.take(new TakingApplications.Intake(parts[0], parts.length > 1 ? parts[1] : null, residentId, name, phone, competentNode, consent, materials,
            purpose.isBlank() ? Map.of() : Map.of("purpose", purpose)));
    return "redirect:/services/" + taken.trackingNumber();
  }

  @GetMapping("/services/stuck")
  String stuck(Model model) {
    readers.require();
    List<ApplicationViews.View> waiting = new ArrayList<>();
    for (Application a : applications.open(500)) {
      if (a.waitingOn() != null && !a.waitingOn().equals(routing.self()) || a.state() == cn.deltalink.publicservices.internal.application.ApplicationState.SENT) {
        waiting.add(views.of(a));
      }
    }
    audit.record("application.stuck", waiting.size() + " applications", ApplicationMessages.PURPOSE, AuditOutcome.ok());
    Map<String, Long> waited = new java.util.HashMap<>();
    for (ApplicationViews.View v : waiting) {
      waited.put(v.trackingNumber(), java.time.Duration.between(v.waitingSince(), clock.now()).toHours());
    }
    model.addAttribute("applications", waiting).addAttribute("waited", waited);
    return "publicservices/stuck";
  }

  @GetMapping("/statistics/services")
  String statistics() {
    readers.require();
    return "publicservices/statistics";
  }

  @GetMapping("/services/{trackingNumber}")
  String detail(@PathVariable String trackingNumber, Model model) {
    CurrentOfficer.Officer officer = readers.require();
    Application a = applications.find(ApplicationApi.tracking(trackingNumber)).orElseThrow(() -> RequestRefused.notFound("No application " + trackingNumber + " here"));
    audit.record("application.read", a.trackingNumber().value(), ApplicationMessages.PURPOSE, AuditOutcome.ok());
    String self = routing.self();
    model.addAttribute("a", views.of(a))
        .addAttribute("item", catalogue.find(a.item(), a.subtype()).orElse(null))
        .addAttribute("materials", a.competentNode().equals(self) || a.intakeNode().equals(self) ? vault.list(a.trackingNumber()) : List.of())
        .addAttribute("mayDecide", officer.has(Role.REVIEWING_OFFICER) && a.competentNode().equals(self) && !a.state().closed())
        .addAttribute("maySupply", officer.has(Role.WINDOW_CLERK) && a.intakeNode().equals(self) && a.state() == cn.deltalink.publicservices.internal.application.ApplicationState.MORE_MATERIAL)
        .addAttribute("certificate", applications.certificatePdf(a.trackingNumber()).isPresent());
    return "publicservices/detail";
  }

  @PostMapping("/services/{trackingNumber}/decision")
  String decide(@PathVariable String trackingNumber, @RequestParam(required = false) @Nullable String decision, @RequestParam(required = false) @Nullable String reason) {
    Application decided = deciding.decide(ApplicationApi.tracking(trackingNumber), decision, reason);
    return "redirect:/services/" + decided.trackingNumber();
  }

  @PostMapping("/services/{trackingNumber}/materials")
  String supply(@PathVariable String trackingNumber, @RequestParam(required = false) @Nullable List<MultipartFile> files) {
    List<MaterialVault.Material> materials = new ArrayList<>();
    for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
      if (!f.isEmpty()) {
        materials.add(new MaterialVault.Material(f.getOriginalFilename() == null ? "scan" : f.getOriginalFilename(), bytes(f)));
      }
    }
    Application a = supplying.supply(ApplicationApi.tracking(trackingNumber), materials);
    return "redirect:/services/" + a.trackingNumber();
  }

  @ExceptionHandler(RequestRefused.class)
  String refused(RequestRefused refused, Model model, HttpServletResponse response) {
    response.setStatus(refused.status().value());
    model.addAttribute("status", refused.status().value()).addAttribute("message", refused.getMessage());
    return "error";
  }

  private void requireClerk() {
    if (!current.get().map(o -> o.has(Role.WINDOW_CLERK)).orElse(false)) {
      throw RequestRefused.forbidden("Only a window clerk (WINDOW_CLERK) takes applications");
    }
  }

  private List<String> nodes() {
    return exchange.members().stream().map(m -> m.id().value()).toList();
  }

  private static byte[] bytes(MultipartFile f) {
    try {
      return f.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
