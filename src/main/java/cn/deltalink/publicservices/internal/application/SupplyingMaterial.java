package cn.deltalink.publicservices.internal.application;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.publicservices.internal.calendar.WorkingDays;
import cn.deltalink.region.AgencyCode;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer asked for more material: the intake window uploads it and sends it on; at the
 * competent node the clock runs again, its deadline pushed back by the working days it stood still.
 */
@Component
public class SupplyingMaterial implements MessageHandler {

  private final Applications applications;
  private final MaterialVault vault;
  private final ApplicationMessages messages;
  private final Replicas replicas;
  private final Routing routing;
  private final WorkingDays workingDays;
  private final ServiceClock clock;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  SupplyingMaterial(
      Applications applications, MaterialVault vault, ApplicationMessages messages, Replicas replicas, Routing routing, WorkingDays workingDays, ServiceClock clock,
      CurrentOfficer current, AuditTrail audit) {
    this.applications = applications;
    this.vault = vault;
    this.messages = messages;
    this.replicas = replicas;
    this.routing = routing;
    this.workingDays = workingDays;
    this.clock = clock;
    this.current = current;
    this.audit = audit;
  }

  /** At the intake window: the clerk adds the material asked for. */
  @Transactional
  public Application supply(TrackingNumber tn, List<MaterialVault.Material> materials) {
    CurrentOfficer.Officer clerk = current.get().filter(o -> o.has(Role.WINDOW_CLERK))
        .orElseThrow(() -> RequestRefused.forbidden("Only a window clerk (WINDOW_CLERK) supplies material"));
    if (materials.isEmpty() || materials.size() > TakingApplications.MAX_MATERIALS
        || materials.stream().mapToInt(m -> m.content().length).sum() > TakingApplications.MAX_MATERIALS_BYTES
        || materials.stream().anyMatch(m -> m.content().length == 0 || m.name() == null || m.name().isBlank() || m.name().length() > 200)) {
      throw RequestRefused.invalid("materials: 1 to " + TakingApplications.MAX_MATERIALS + " named, non-empty materials of at most " + TakingApplications.MAX_MATERIALS_BYTES / 1024 + " KB together");
    }
    Application application = applications.lock(tn).orElseThrow(() -> RequestRefused.notFound("No application " + tn + " here"));
    if (!application.intakeNode().equals(routing.self())) {
      throw RequestRefused.forbidden("Material for " + tn + " is supplied at its intake window, " + application.intakeNode());
    }
    if (application.state() != ApplicationState.MORE_MATERIAL) {
      throw RequestRefused.conflict("Application " + tn + " is " + application.state().slug() + ": no material was asked for");
    }
    Instant now = clock.now();
    for (MaterialVault.Material m : materials) {
      vault.store(tn, new MaterialVault.Material(cn.deltalink.platform.UntrustedText.clipped(m.name().strip(), 200), m.content()), now);
    }
    audit.record("application.material", tn.value(), ApplicationMessages.PURPOSE, AuditOutcome.ok(materials.size() + " materials"));
    if (application.competentNode().equals(routing.self())) {
      return resume(application, now);
    }
    routing.send(ApplicationMessages.MATERIAL_SUPPLIED, List.of(application.competentNode()),
        new ApplicationMessages.MaterialSupplied(tn, materials.stream().map(m -> new ApplicationMessages.Material(m.name(), m.content())).toList()), AgencyCode.of(clerk.agencyCode()));
    return application;
  }

  @Override
  public String type() {
    return ApplicationMessages.MATERIAL_SUPPLIED;
  }

  @Override
  public void handle(ReceivedMessage message) {
    ApplicationMessages.MaterialSupplied supplied = messages.read(message.payloadJson(), ApplicationMessages.MaterialSupplied.class);
    Application application = applications.lock(supplied.trackingNumber())
        .orElseThrow(() -> new IllegalArgumentException("No application " + supplied.trackingNumber() + " here for the material"));
    if (!application.intakeNode().equals(message.senderNode().value()) || !application.competentNode().equals(routing.self())) {
      throw new IllegalArgumentException("Material for " + supplied.trackingNumber() + " comes only from its intake node to its competent node");
    }
    Instant now = clock.now();
    for (ApplicationMessages.Material m : supplied.materials()) {
      vault.store(supplied.trackingNumber(), new MaterialVault.Material(m.name(), m.content()), now);
    }
    if (application.state() == ApplicationState.MORE_MATERIAL) {
      resume(application, now);
    }
  }

  private Application resume(Application application, Instant now) {
    Instant due = workingDays.extend(application.dueAt(), application.pausedAt(), now);
    Application resumed = application.materialSupplied(now, due, workingDays.reminder(due));
    applications.save(resumed);
    replicas.publish(resumed);
    return resumed;
  }
}
