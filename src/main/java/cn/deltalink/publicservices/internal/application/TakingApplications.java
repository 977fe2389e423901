package cn.deltalink.publicservices.internal.application;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import cn.deltalink.identity.AddressCodes;
import cn.deltalink.identity.Checked;
import cn.deltalink.identity.MobileNumber;
import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.platform.UntrustedText;
import cn.deltalink.publicservices.internal.catalogue.RequiredMaterial;
import cn.deltalink.publicservices.internal.catalogue.ServiceCatalogue;
import cn.deltalink.publicservices.internal.catalogue.ServiceItem;
import cn.deltalink.region.AgencyCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake at the window (受理): the clerk checks the applicant's identity, records the consent, the
 * materials are stored encrypted, and the application goes to the competent node over the exchange
 * with its one tracking number. Every rule is checked before anything is stored; a broken rule is a
 * refusal that names it.
 */
@Service
public class TakingApplications {

  /** The most a material may weigh, and all of an application's together: they travel in one signed message. */
  public static final int MAX_MATERIAL_BYTES = 600 * 1024;
  public static final int MAX_MATERIALS_BYTES = 700 * 1024;
  public static final int MAX_MATERIALS = 8;

  /** What the window sends: the applicant as typed, the consent, the uploads, the item's details. */
  public record Intake(
      @Nullable String item, @Nullable String subtype, @Nullable String residentId, @Nullable String name, @Nullable String phone, @Nullable String competentNode,
      boolean consent, List<MaterialVault.Material> materials, Map<String, String> details) {}

  /** The checked intake: what will be sent, before it is (the preview the applicant signs). */
  public record CheckedIntake(ServiceItem item, Applicant applicant, String competentNode, @Nullable String originNode, List<MaterialVault.Material> materials, Map<String, String> details) {}

  private final ServiceCatalogue catalogue;
  private final Applications applications;
  private final MaterialVault vault;
  private final Routing routing;
  private final Households households;
  private final ReceivingApplications receiving;
  private final CurrentOfficer current;
  private final AuditTrail audit;
  private final ServiceClock clock;
  private final AddressCodes addressCodes;

  TakingApplications(
      ServiceCatalogue catalogue, Applications applications, MaterialVault vault, Routing routing, Households households, ReceivingApplications receiving, CurrentOfficer current,
      AuditTrail audit, ServiceClock clock, AddressCodes addressCodes) {
    this.catalogue = catalogue;
    this.applications = applications;
    this.vault = vault;
    this.routing = routing;
    this.households = households;
    this.receiving = receiving;
    this.current = current;
    this.audit = audit;
    this.clock = clock;
    this.addressCodes = addressCodes;
  }

  /** Checks every rule and answers what would be sent; stores nothing. */
  public CheckedIntake check(Intake in) {
    return check(in, clerk());
  }

  private CheckedIntake check(Intake in, CurrentOfficer.Officer clerk) {
    ServiceItem item = item(in);
    Applicant applicant = applicant(in);
    if (!in.consent()) {
      throw refused("consent: the applicant's consent to the exchange of their data is required (" + item.consentZh() + ")");
    }
    List<MaterialVault.Material> materials = materials(in, item);
    Map<String, String> details = details(in.details());
    String competent = competentNode(in, item, applicant, clerk);
    String origin = null;
    if (item.transfer()) {
      origin = householdNode(applicant, clerk).orElseThrow(() -> refused("competentNode: the origin of the transfer (the household's province) is not a member of the region"));
      if (origin.equals(competent)) {
        throw refused("competentNode: a cross-province transfer moves to another province than the household's (" + origin + ")");
      }
    }
    audit.record("application.check", item.code() + " " + applicant.residentId().substring(0, 6), ApplicationMessages.PURPOSE, AuditOutcome.ok());
    return new CheckedIntake(item, applicant, competent, origin, materials, details);
  }

  /** Takes the application: stored here, materials encrypted, sent to the competent node (or received at once when that is this node). */
  @Transactional
  public Application take(Intake in) {
    return takeAs(in, clerk());
  }

  /** Takes the application as the given clerk (the demo's window, with nobody signed in). */
  @Transactional
  public Application takeAs(Intake in, CurrentOfficer.Officer clerk) {
    CheckedIntake checked = check(in, clerk);
    ServiceItem item = checked.item();
    List<String> elsewhere = List.of();
    if (item.asksRegisteredElsewhere()) {
      elsewhere = households.registeredElsewhere(new ResidentIdNumber(checked.applicant().residentId()), "跨省通办受理核查重复户口", AgencyCode.of(clerk.agencyCode()));
    }
    TrackingNumber tn = TrackingNumber.next(routing.self(), clock.now().atZone(ResidentIdNumber.CHINA).toLocalDate());
    Application taken =
        Application.taken(tn, item.item(), item.subtype(), checked.applicant(), routing.self(), clerk.agencyCode(), clerk.username(), checked.competentNode(), checked.originNode(),
            item.timeLimitWorkingDays(), clock.now(), item.consentZh(), checked.details(), elsewhere);
    applications.save(taken);
    for (MaterialVault.Material m : checked.materials()) {
      vault.store(tn, m, taken.submittedAt());
    }
    audit.record("application.take", tn.value(), ApplicationMessages.PURPOSE, AuditOutcome.ok(item.code() + " to " + checked.competentNode()));
    if (checked.competentNode().equals(routing.self())) {
      return receiving.receive(taken);
    }
    List<ApplicationMessages.Material> travelling = checked.materials().stream().map(m -> new ApplicationMessages.Material(m.name(), m.content())).toList();
    Optional<UUID> sent = routing.send(ApplicationMessages.SUBMITTED, List.of(checked.competentNode()), new ApplicationMessages.Submitted(taken, travelling), AgencyCode.of(clerk.agencyCode()));
    sent.ifPresent(id -> applications.sentWith(tn, id));
    return taken;
  }

  private CurrentOfficer.Officer clerk() {
    CurrentOfficer.Officer officer = current.get().orElseThrow(() -> RequestRefused.forbidden("Only a signed-in window clerk takes applications"));
    if (!officer.has(Role.WINDOW_CLERK)) {
      throw RequestRefused.forbidden("Only a window clerk (WINDOW_CLERK) takes applications");
    }
    return officer;
  }

  private ServiceItem item(Intake in) {
    if (in.item() == null || in.item().isBlank()) {
      throw refused("item: the service item is required (see GET /api/v1/service-items)");
    }
    String item = in.item().strip();
    Optional<ServiceItem> found = catalogue.find(item, in.subtype());
    if (found.isPresent()) {
      return found.get();
    }
    List<String> subtypes = catalogue.subtypes(item);
    if (!subtypes.isEmpty()) {
      throw refused("subtype: item " + UntrustedText.clipped(item, 80) + " has the subtypes " + subtypes);
    }
    throw refused("item: there is no service item " + UntrustedText.clipped(item, 80) + (in.subtype() == null ? "" : "/" + UntrustedText.clipped(in.subtype(), 80)) + " in the catalogue");
  }

  private Applicant applicant(Intake in) {
    if (in.residentId() == null || in.residentId().isBlank()) {
      throw refused("applicant.residentId: the applicant's resident ID number is required");
    }
    Checked<ResidentIdNumber> id = ResidentIdNumber.parse(in.residentId(), addressCodes, LocalDate.now(ResidentIdNumber.CHINA));
    if (!id.isValid()) {
      throw refused("applicant.residentId: " + id.rejection().map(r -> r.message()).orElse("not a valid resident ID number"));
    }
    String phone = null;
    if (in.phone() != null && !in.phone().isBlank()) {
      Checked<MobileNumber> mobile = MobileNumber.parse(in.phone());
      if (!mobile.isValid()) {
        throw refused("applicant.phone: " + mobile.rejection().map(r -> r.message()).orElse("not a mobile number"));
      }
      phone = mobile.orElseThrow().value();
    }
    if (in.name() == null || in.name().isBlank() || in.name().strip().length() > 50 || in.name().chars().anyMatch(Character::isISOControl)) {
      throw refused("applicant.name: the applicant's name is 1 to 50 characters without control characters");
    }
    return new Applicant(id.orElseThrow().value(), in.name(), phone);
  }

  private List<MaterialVault.Material> materials(Intake in, ServiceItem item) {
    if (in.materials().size() > MAX_MATERIALS) {
      throw refused("materials: at most " + MAX_MATERIALS + " materials");
    }
    int total = 0;
    for (MaterialVault.Material m : in.materials()) {
      if (m.name() == null || m.name().isBlank() || m.name().length() > 200) {
        throw refused("materials: each material needs a name of 1 to 200 characters");
      }
      if (m.content().length == 0 || m.content().length > MAX_MATERIAL_BYTES) {
        throw refused("materials: " + UntrustedText.clipped(m.name(), 80) + " is empty or larger than " + MAX_MATERIAL_BYTES / 1024 + " KB");
      }
      total += m.content().length;
    }
    if (total > MAX_MATERIALS_BYTES) {
      throw refused("materials: together at most " + MAX_MATERIALS_BYTES / 1024 + " KB");
    }
    List<String> missing = new ArrayList<>();
    for (RequiredMaterial required : item.materials()) {
      if (in.materials().stream().noneMatch(m -> required.satisfiedBy(m.name()))) {
        missing.add(required.key() + " (" + required.nameZh() + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw refused("materials: " + item.code() + " requires " + String.join(", ", missing));
    }
    return in.materials().stream().map(m -> new MaterialVault.Material(UntrustedText.clipped(m.name().strip(), 200), m.content())).toList();
  }

  private static Map<String, String> details(Map<String, String> details) {
    if (details.size() > 20) {
      throw refused("details: at most 20 entries");
    }
    Map<String, String> clean = new LinkedHashMap<>();
    details.forEach(
        (k, v) -> {
          if (k.isBlank() || k.length() > 40 || v.length() > 500) {
            throw refused("details: keys are 1 to 40 characters, values at most 500");
          }
          clean.put(UntrustedText.clipped(k, 80), UntrustedText.clipped(v, 500));
        });
    return clean;
  }

  /**
   * The competent node: as given; else, for a transfer, this window's node (the destination takes
   * transfers, 迁入地受理); else the node whose register holds the person, asked here first, then of
   * the others by hit/no-hit, and finally the province of the ID number's address code.
   */
  private String competentNode(Intake in, ServiceItem item, Applicant applicant, CurrentOfficer.Officer clerk) {
    if (in.competentNode() != null && !in.competentNode().isBlank()) {
      String node = in.competentNode().strip().toUpperCase(java.util.Locale.ROOT);
      if (!node.matches("[A-Z]{2,8}") || !routing.isMember(node)) {
        throw refused("competentNode: " + UntrustedText.clipped(in.competentNode(), 80) + " is not a node of the region");
      }
      return node;
    }
    if (item.transfer()) {
      return routing.self();
    }
    if (item.side() == cn.deltalink.publicservices.internal.catalogue.CompetentSide.RESIDENCE) {
      throw refused("competentNode: " + item.code() + " is decided where the applicant lives: name that node");
    }
    return householdNode(applicant, clerk).orElseThrow(() -> refused("competentNode: the applicant's household province is not a member of the region; name the competent node"));
  }

  private Optional<String> householdNode(Applicant applicant, CurrentOfficer.Officer clerk) {
    ResidentIdNumber id = new ResidentIdNumber(applicant.residentId());
    Optional<String> here = households.registeredHere(id);
    if (here.isPresent()) {
      return routing.nodeOf(here.get());
    }
    List<String> elsewhere = households.registeredElsewhere(id, "跨省通办确定户籍地", AgencyCode.of(clerk.agencyCode()));
    if (elsewhere.size() == 1) {
      return Optional.of(elsewhere.get(0));
    }
    return routing.nodeOf(applicant.provinceOfIdNumber());
  }

  private static RequestRefused refused(String rule) {
    return RequestRefused.invalid(rule);
  }
}
