package cn.deltalink.alert.internal;

import static cn.deltalink.alert.internal.Refused.ALERT;

import cn.deltalink.platform.NodeId;

import cn.deltalink.identity.AddressCodes;

import cn.deltalink.access.AuditOutcome;

import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.alert.AlertChanged;
import cn.deltalink.alert.AlertState;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.SharedRegister;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes this node's alerts: a new one (published at once, or kept as a draft), a whole list in one
 * go, an amendment, a withdrawal. Each published version is stored and queued in the shared
 * register in one transaction, so an alert changes here exactly when its change is on its way.
 */
@Service
class PublishingAlerts {

  static final String REGISTER = "alert";
  static final String PURPOSE = "布控预警";
  /** The roles that issue and change alerts. */
  static final Set<Role> ISSUERS = EnumSet.of(Role.INVESTIGATOR, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);
  static final int MAX_BULK = 50_000;
  static final int MAX_YEARS = 100;

  private final Alerts alerts;
  private final SharedRegister register;
  private final Exchange exchange;
  private final CurrentOfficer current;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final AddressCodes codes;
  private final AlertHistory history;
  private final AttachingPhotos photos;

  PublishingAlerts(
      Alerts alerts,
      SharedRegister register,
      Exchange exchange,
      CurrentOfficer current,
      AuditTrail audit,
      ApplicationEventPublisher events,
      JsonMapper json,
      AddressCodes codes,
      AlertHistory history,
      AttachingPhotos photos) {
    this.codes = codes;
    this.history = history;
    this.photos = photos;
    this.alerts = alerts;
    this.register = register;
    this.exchange = exchange;
    this.current = current;
    this.audit = audit;
    this.events = events;
    this.json = json;
  }

  static boolean mayIssue(@Nullable Officer officer) {
    return officer != null && officer.roles().stream().anyMatch(ISSUERS::contains);
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  WantedAlert create(AlertJson.Request request) {
    Officer officer = issuer();
    WantedAlert alert = draftOf(request, officer);
    boolean keepDraft = Boolean.TRUE.equals(request.draft());
    WantedAlert stored = keepDraft ? alert : alert.published(now());
    alerts.store(List.of(stored), officer.username());
    if (!keepDraft) {
      share(List.of(stored), officer);
    }
    history.recordAll(List.of(stored), keepDraft ? "draft" : "publish", officer.displayName(), null);
    audit.record(keepDraft ? "alert.draft" : "alert.publish", stored.id() + " v" + stored.version(), PURPOSE, AuditOutcome.ok());
    return stored;
  }

  /** Publishes a whole list at once: all or nothing, in as few exchange messages as the payload limit allows. */
  @Transactional(noRollbackFor = RequestRefused.class)
  List<WantedAlert> createAll(List<AlertJson.Request> requests) {
    Officer officer = issuer();
    if (requests.isEmpty() || requests.size() > MAX_BULK) {
      throw ALERT.invalid("alert.refused.bulk.size", MAX_BULK);
    }
    List<WantedAlert> published = new ArrayList<>(requests.size());
    Instant at = now();
    for (int i = 0; i < requests.size(); i++) {
      AlertJson.Request r = requests.get(i);
      if (r == null) {
        throw ALERT.invalid("alert.refused.bulk.empty", String.valueOf(i));
      }
      try {
        published.add(draftOf(r, officer).published(at));
      } catch (RequestRefused refused) {
        throw ALERT.invalid("alert.refused.bulk.item", String.valueOf(i), refused.getMessage());
      }
    }
    Map<UUID, String> contents = contents(published);
    alerts.store(published, officer.username(), a -> contents.get(a.id()));
    share(published, officer, contents);
    history.recordAll(published, "publish", officer.displayName(), "bulk");
    audit.record("alert.publish", published.size() + " alerts (bulk)", PURPOSE, AuditOutcome.ok());
    return published;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  WantedAlert amend(UUID id, AlertJson.Request patch) {
    Officer officer = issuer();
    WantedAlert held = own(id);
    AlertJson.Content now = AlertJson.Content.of(held);
    AlertJson.Person person = patch.person() == null ? now.person() : merge(now.person(), patch.person());
    AlertJson.Vehicle vehicle = patch.vehicle() == null ? now.vehicle() : merge(now.vehicle(), patch.vehicle());
    AlertJson.Document document = patch.document() == null ? now.document() : patch.document();
    if (patch.kind() != null && !AlertForm.blank(patch.kind()) && !patch.kind().strip().toLowerCase(Locale.ROOT).equals(now.kind())) {
      throw ALERT.conflict("alert.refused.amend.kind");
    }
    if (patch.targets() != null) {
      throw ALERT.invalid("alert.refused.amend.targets");
    }
    AlertForm.Fields f =
        fields(
            () ->
                AlertForm.fields(
                    codes,
                    now.kind(),
                    or(patch.category(), now.category()),
                    person,
                    vehicle,
                    document,
                    or(patch.reason(), now.reason()),
                    or(patch.caseNumber(), now.caseNumber()),
                    patch.warningMarkers() == null ? now.warningMarkers() : patch.warningMarkers(),
                    or(patch.actionOnHit(), now.actionOnHit()),
                    or(patch.handlingCode(), now.handlingCode()),
                    or(patch.validUntil(), now.validUntil()),
                    or(patch.reviewDate(), now.reviewDate()),
                    or(patch.dutyContact(), now.dutyContact())));
    requireFuture(f.validUntil());
    WantedAlert changed;
    try {
      changed = held.amendedTo(build(UUID.randomUUID(), held.issuingNode(), held.issuingAgency(), f, held.targets()), now());
    } catch (IllegalStateException e) {
      throw ALERT.conflict("alert.refused.state", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw ALERT.invalid("alert.refused.rule", e.getMessage());
    }
    alerts.store(List.of(changed), null);
    if (changed.state() != AlertState.DRAFT) {
      share(List.of(changed), officer);
    }
    history.recordAll(List.of(changed), "amend", officer.displayName(), null);
    audit.record("alert.amend", id + " v" + changed.version(), PURPOSE, AuditOutcome.ok());
    return changed;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  WantedAlert publishDraft(UUID id) {
    Officer officer = issuer();
    WantedAlert held = own(id);
    if (held.state() != AlertState.DRAFT) {
      throw ALERT.conflict("alert.refused.notDraft", id, held.state().slug());
    }
    WantedAlert published = held.published(now());
    alerts.store(List.of(published), null);
    share(List.of(published), officer);
    photos.shareWhenPublished(published, officer.agencyCode());
    history.recordAll(List.of(published), "publish", officer.displayName(), null);
    audit.record("alert.publish", id + " v1", PURPOSE, AuditOutcome.ok());
    return published;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  WantedAlert withdraw(UUID id, @Nullable String reason) {
    Officer officer = issuer();
    WantedAlert held = own(id);
    WantedAlert.Withdrawal why;
    try {
      why = WantedAlert.Withdrawal.parse(AlertForm.required("reason", reason));
    } catch (IllegalArgumentException e) {
      throw ALERT.invalid("alert.refused.rule", e.getMessage());
    }
    WantedAlert withdrawn;
    try {
      withdrawn = held.withdrawn(why, now());
    } catch (IllegalStateException e) {
      throw ALERT.conflict("alert.refused.state", e.getMessage());
    }
    alerts.store(List.of(withdrawn), null);
    share(List.of(withdrawn), officer);
    history.recordAll(List.of(withdrawn), "withdraw", officer.displayName(), why.slug());
    audit.record("alert.withdraw", id + " v" + withdrawn.version() + " " + why.slug(), PURPOSE, AuditOutcome.ok());
    return withdrawn;
  }

  /**
   * Withdraws one of this node's alerts in the node's own name, without an officer: after an arrest
   * reported by a checkpoint, when the region lets the node do so. The history says who reported
   * what; the withdrawal travels everywhere as any other. Answers empty when the alert is not this
   * node's or is no longer in force (withdrawn meanwhile, or never published).
   */
  @Transactional
  Optional<WantedAlert> withdrawAsNode(UUID id, WantedAlert.Withdrawal why, String doneBy, String note) {
    Optional<WantedAlert> held = alerts.find(id).filter(a -> a.issuingNode().equals(exchange.localNode().value()));
    if (held.isEmpty() || held.get().state() == AlertState.WITHDRAWN || held.get().state() == AlertState.DRAFT) {
      return Optional.empty();
    }
    WantedAlert withdrawn = held.get().withdrawn(why, now());
    Officer node = new Officer("node", doneBy, withdrawn.issuingAgency(), withdrawn.issuingAgency().substring(0, 6), EnumSet.of(Role.ADMINISTRATOR));
    alerts.store(List.of(withdrawn), null);
    share(List.of(withdrawn), node);
    history.recordAll(List.of(withdrawn), "withdraw", doneBy, note);
    audit.record("alert.withdraw", id + " v" + withdrawn.version() + " " + why.slug() + " (automatic)", PURPOSE, AuditOutcome.ok(note));
    return Optional.of(withdrawn);
  }

  private WantedAlert own(UUID id) {
    WantedAlert held = alerts.find(id).orElseThrow(() -> ALERT.notFound("alert.refused.notHere", id));
    if (!held.issuingNode().equals(exchange.localNode().value())) {
      throw ALERT.forbidden("alert.refused.notOwn", id, held.issuingNode());
    }
    return held;
  }

  private WantedAlert draftOf(AlertJson.Request r, Officer officer) {
    AlertForm.Fields f =
        fields(
            () ->
                AlertForm.fields(
                    codes, r.kind(), r.category(), r.person(), r.vehicle(), r.document(), r.reason(), r.caseNumber(), r.warningMarkers(), r.actionOnHit(), r.handlingCode(), r.validUntil(),
                    r.reviewDate(), r.dutyContact()));
    requireFuture(f.validUntil());
    List<String> targets = targets(r.targets());
    try {
      return build(UUID.randomUUID(), exchange.localNode().value(), officer.agencyCode(), f, targets);
    } catch (IllegalArgumentException e) {
      throw ALERT.invalid("alert.refused.rule", e.getMessage());
    }
  }

  private static WantedAlert build(UUID id, String node, String agency, AlertForm.Fields f, List<String> targets) {
    return new WantedAlert(id, 0, node, agency, AlertState.DRAFT, f.category(), f.person(), f.vehicle(), f.document(), f.reason(), f.caseNumber(), f.warningMarkers(), f.actionOnHit(),
        f.handlingCode(), f.validUntil(), f.reviewDate(), f.dutyContact(), targets, null, null, Instant.now().truncatedTo(ChronoUnit.MICROS));
  }

  /** Sends the versions through the shared register, one publication per handling code and addressees. */
  private void share(List<WantedAlert> versions, Officer officer) {
    share(versions, officer, contents(versions));
  }

  /** Each version's content as JSON, written once for the alert table and the register alike. */
  private Map<UUID, String> contents(List<WantedAlert> versions) {
    Map<UUID, String> contents = new HashMap<>();
    versions.forEach(a -> contents.put(a.id(), json.writeValueAsString(AlertJson.Content.of(a))));
    return contents;
  }

  private void share(List<WantedAlert> versions, Officer officer, Map<UUID, String> contents) {
    Map<String, List<WantedAlert>> groups = new LinkedHashMap<>();
    for (WantedAlert a : versions) {
      groups.computeIfAbsent(a.handlingCode() + "|" + String.join(",", a.targets()), k -> new ArrayList<>()).add(a);
    }
    for (List<WantedAlert> group : groups.values()) {
      WantedAlert first = group.get(0);
      List<RegisterEntry> entries = group.stream().map(a -> new RegisterEntry(REGISTER, a.id(), a.version(), a.issuingNode(), contents.get(a.id()))).toList();
      Recipients recipients = first.toEveryone() ? Recipients.everyMember() : Recipients.of(first.targets().stream().map(NodeId::of).toList());
      register.publish(entries, recipients, first.handlingCode(), PURPOSE, officer.agencyCode());
    }
    versions.forEach(a -> events.publishEvent(new AlertChanged(a)));
  }

  private List<String> targets(@Nullable List<String> requested) {
    if (requested == null || requested.isEmpty()) {
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String t : requested) {
      if (t == null || t.isBlank()) {
        throw ALERT.invalid("alert.refused.targets.empty");
      }
      ids.add(t.strip().toUpperCase(Locale.ROOT));
    }
    if (ids.contains("ALL")) {
      if (ids.size() > 1) {
        throw ALERT.invalid("alert.refused.targets.allAndNodes");
      }
      return List.of();
    }
    List<String> members = exchange.members().stream().map(m -> m.id().value()).toList();
    for (String id : ids) {
      if (!members.contains(id)) {
        throw ALERT.invalid("alert.refused.targets.notMember", AlertForm.shorten(id), String.join(", ", members));
      }
      if (id.equals(exchange.localNode().value())) {
        throw ALERT.invalid("alert.refused.targets.self", id);
      }
    }
    return List.copyOf(ids);
  }

  /** An alert is valid from today up to {@value #MAX_YEARS} years ahead; it is reviewed and renewed, not listed for ever. */
  private static void requireFuture(LocalDate validUntil) {
    LocalDate today = LocalDate.now(cn.deltalink.identity.ResidentIdNumber.CHINA);
    if (validUntil.isBefore(today)) {
      throw ALERT.invalid("alert.refused.validUntil.passed", validUntil.toString());
    }
    if (validUntil.isAfter(today.plusYears(MAX_YEARS))) {
      throw ALERT.invalid("alert.refused.validUntil.tooFar", MAX_YEARS);
    }
  }

  private static AlertForm.Fields fields(java.util.function.Supplier<AlertForm.Fields> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw ALERT.invalid("alert.refused.rule", e.getMessage());
    }
  }

  private static AlertJson.Person merge(AlertJson.@Nullable Person was, AlertJson.Person patch) {
    if (was == null) {
      return patch;
    }
    // a new ID number brings its own birth date and sex; the old ones would contradict it
    boolean newId = patch.residentId() != null;
    return new AlertJson.Person(
        or(patch.residentId(), was.residentId()),
        or(patch.name(), was.name()),
        patch.aliases() == null ? was.aliases() : patch.aliases(),
        newId ? patch.sex() : or(patch.sex(), was.sex()),
        newId ? patch.birthDate() : or(patch.birthDate(), was.birthDate()));
  }

  private static AlertJson.Vehicle merge(AlertJson.@Nullable Vehicle was, AlertJson.Vehicle patch) {
    return was == null ? patch : new AlertJson.Vehicle(or(patch.plate(), was.plate()), or(patch.vin(), was.vin()));
  }

  private static @Nullable String or(@Nullable String patch, @Nullable String was) {
    return patch == null ? was : patch;
  }

  private Officer issuer() {
    Officer officer = current.get().orElseThrow(() -> ALERT.forbidden("alert.refused.signIn"));
    if (!mayIssue(officer)) {
      audit.record("alert.change", "", PURPOSE, AuditOutcome.denied("role"));
      throw ALERT.forbidden("alert.refused.issuersOnly");
    }
    return officer;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** A resync is asked for by an administrator or supervisor of this node. */
  void requireResyncRole() {
    Officer officer = current.get().orElseThrow(() -> ALERT.forbidden("alert.refused.signIn"));
    if (!officer.has(Role.ADMINISTRATOR) && !officer.has(Role.SUPERVISOR)) {
      throw ALERT.forbidden("alert.refused.resyncRole");
    }
  }

  /**
   * Publishes a list in the node's own name, without a signed-in officer: the demo's alerts at start.
   * The issuing agency is the node's provincial department.
   */
  @Transactional
  List<WantedAlert> publishAsNode(List<AlertJson.Request> requests, String agency) {
    Officer node = new Officer("node", "node", agency, agency.substring(0, 6), java.util.EnumSet.of(Role.ADMINISTRATOR));
    Instant at = now();
    List<WantedAlert> published = new ArrayList<>();
    for (AlertJson.Request r : requests) {
      published.add(draftOf(r, node).published(at));
    }
    Map<UUID, String> contents = contents(published);
    alerts.store(published, "node", a -> contents.get(a.id()));
    share(published, node, contents);
    history.recordAll(published, "publish", node.displayName(), "demo");
    return published;
  }
}
