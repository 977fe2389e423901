package cn.deltalink.casework.internal.cases;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.identity.AddressCodes;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.platform.UntrustedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording entities in a case after the identity rules, and links between them. A person's phones
 * become phone entities linked to the person, so that the linkage looks them up too.
 */
@Service
public class RecordingEntities {

  /** What adding an entity did: the entities now recorded (the person first), and whether any was new. */
  public record Added(List<CaseEntity> entities, boolean created) {}

  private final Entities entities;
  private final CaseAccess access;
  private final SharedTimeline timeline;
  private final EntityValidation validation;
  private final Exchange exchange;
  private final CaseworkClock clock;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  RecordingEntities(Entities entities, CaseAccess access, SharedTimeline timeline, AddressCodes codes, Exchange exchange, CaseworkClock clock, AuditTrail audit, ApplicationEventPublisher events) {
    this.entities = entities;
    this.access = access;
    this.timeline = timeline;
    this.validation = new EntityValidation(codes, clock.clock());
    this.exchange = exchange;
    this.clock = clock;
    this.audit = audit;
    this.events = events;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public Added add(UUID caseId, EntityRequest request) {
    CaseAccess.Allowed allowed = access.require(caseId, CaseOfficers.WORKERS, "case.entity");
    return addAs(allowed.c(), allowed.officer().displayName(), allowed.actingAgency(), request);
  }

  /** Records an entity for an officer of an agency taking part in the case (the demo records its entities this way). */
  @Transactional(noRollbackFor = RequestRefused.class)
  public Added addAs(Case c, String officerName, String agency, EntityRequest request) {
    UUID caseId = c.id();
    if (!c.state().open()) {
      throw CASEWORK.conflict("casework.refused.case.closed", c.number());
    }
    ValidEntity valid;
    try {
      valid = validation.validate(request);
    } catch (EntityRejected e) {
      audit.record("case.entity", caseId.toString(), "", AuditOutcome.rejected(e.rule()));
      throw CASEWORK.invalid("casework.refused.rule", e.getMessage());
    }
    CaseEntity linkTarget = null;
    if (request.linkTo() != null && !request.linkTo().isBlank()) {
      linkTarget = entityOf(c, request.linkTo());
    }
    var now = clock.now();
    List<CaseEntity> recorded = new ArrayList<>();
    List<CaseEntity> added = new ArrayList<>();
    List<EntityLink> links = new ArrayList<>();
    CaseEntity main = store(c, valid.type(), valid.key(), valid.label(), valid.details(), agency, now, added);
    recorded.add(main);
    for (String phone : valid.phones()) {
      CaseEntity p = store(c, EntityType.PHONE, phone, phone, java.util.Map.of("number", phone), agency, now, added);
      recorded.add(p);
      link(c, main.id(), p.id(), "uses", now, links);
    }
    if (linkTarget != null) {
      String relation = request.relation() == null || request.relation().isBlank() ? "related" : UntrustedText.clipped(request.relation().strip(), 100);
      link(c, linkTarget.id(), main.id(), relation, now, links);
    }
    if (!added.isEmpty() || !links.isEmpty()) {
      String what = added.isEmpty() ? "link" : added.size() + " × " + valid.type().code();
      timeline.record(c, officerName, agency, "entity", what, added, links, null);
      for (CaseEntity e : added) {
        if (e.key() != null) {
          events.publishEvent(new EntityRecorded(c.id(), e.type().code(), e.key(), agency, c.contact(), true));
        }
      }
    }
    audit.record("case.entity", caseId + " " + valid.type().code(), "", AuditOutcome.ok(added.isEmpty() ? "already recorded" : "added"));
    return new Added(recorded, !added.isEmpty());
  }

  /** Links two entities of a case. */
  @Transactional(noRollbackFor = RequestRefused.class)
  public EntityLink link(UUID caseId, @Nullable String from, @Nullable String to, @Nullable String relation) {
    CaseAccess.Allowed allowed = access.require(caseId, CaseOfficers.WORKERS, "case.entity-link");
    Case c = allowed.c();
    CaseEntity a = entityOf(c, from == null ? "" : from);
    CaseEntity b = entityOf(c, to == null ? "" : to);
    if (a.id().equals(b.id())) {
      throw CASEWORK.invalid("casework.refused.entity.self");
    }
    if (relation == null || relation.isBlank() || relation.strip().length() > 100) {
      throw CASEWORK.invalid("casework.refused.entity.relation");
    }
    List<EntityLink> links = new ArrayList<>();
    link(c, a.id(), b.id(), UntrustedText.clipped(relation.strip(), 100), clock.now(), links);
    if (!links.isEmpty()) {
      timeline.record(c, allowed.officer().displayName(), allowed.actingAgency(), "entity", a.label() + " — " + relation.strip() + " — " + b.label(), List.of(), links, null);
    }
    audit.record("case.entity-link", caseId.toString(), "", AuditOutcome.ok());
    return links.isEmpty() ? entities.linksOf(caseId).stream().filter(l -> l.from().equals(a.id()) && l.to().equals(b.id())).findFirst().orElseThrow() : links.get(0);
  }

  private CaseEntity store(Case c, EntityType type, @Nullable String key, String label, java.util.Map<String, Object> details, String agency, java.time.Instant now, List<CaseEntity> added) {
    Optional<CaseEntity> existing = key == null ? Optional.empty() : entities.inCase(c.id(), type, key);
    if (existing.isPresent()) {
      return existing.get();
    }
    CaseEntity e = new CaseEntity(UUID.randomUUID(), c.id(), type, key, label, details, exchange.localNode().value(), agency, now);
    entities.insert(e);
    added.add(e);
    return e;
  }

  private void link(Case c, UUID from, UUID to, String relation, java.time.Instant now, List<EntityLink> links) {
    EntityLink link = new EntityLink(UUID.randomUUID(), c.id(), from, to, relation, now);
    if (entities.insertLink(link)) {
      links.add(link);
    }
  }

  private CaseEntity entityOf(Case c, String idText) {
    UUID id;
    try {
      id = UUID.fromString(idText.strip());
    } catch (IllegalArgumentException e) {
      throw CASEWORK.invalid("casework.refused.entity.id", UntrustedText.clipped(idText, 40));
    }
    return entities.find(id).filter(e -> e.caseId().equals(c.id())).orElseThrow(() -> CASEWORK.invalid("casework.refused.entity.notInCase", id, c.number()));
  }
}
