package cn.deltalink.casework.internal.cases;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyCode;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making a case joint (联合办案): the lead node adds an agency of another province as participant and
 * sends its copy of the case to every participant node, which keeps it in step from then on.
 */
@Service
public class JoiningCases {

  private final Cases cases;
  private final Entities entities;
  private final CaseAccess access;
  private final SharedTimeline timeline;
  private final Agencies agencies;
  private final Exchange exchange;
  private final Payloads payloads;
  private final CaseworkClock clock;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  JoiningCases(Cases cases, Entities entities, CaseAccess access, SharedTimeline timeline, Agencies agencies, Exchange exchange, Payloads payloads, CaseworkClock clock, AuditTrail audit, ApplicationEventPublisher events) {
    this.cases = cases;
    this.entities = entities;
    this.access = access;
    this.timeline = timeline;
    this.agencies = agencies;
    this.exchange = exchange;
    this.payloads = payloads;
    this.clock = clock;
    this.audit = audit;
    this.events = events;
  }

  /** The node that serves an agency, by the member directory. */
  public Optional<String> nodeOf(String agency) {
    return exchange.members().stream().filter(m -> m.agencies().contains(agency)).map(m -> m.id().value()).findFirst();
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public Case addParticipant(UUID caseId, @Nullable String agencyText) {
    CaseAccess.Allowed allowed = access.require(caseId, CaseOfficers.WORKERS, "case.participant");
    return addParticipantAs(allowed.c(), allowed.officer().displayName(), allowed.actingAgency(), agencyText);
  }

  /** Adds a participant for an officer of the lead agency (the demo makes its joint case this way). */
  @Transactional(noRollbackFor = RequestRefused.class)
  public Case addParticipantAs(Case c, String officerName, String actingAgency, @Nullable String agencyText) {
    UUID caseId = c.id();
    String self = exchange.localNode().value();
    if (!c.ledBy(self)) {
      throw CASEWORK.conflict("casework.refused.case.participantsAtLead", c.number(), c.leadNode());
    }
    if (!c.state().open()) {
      throw CASEWORK.conflict("casework.refused.case.closed", c.number());
    }
    String code = agencyText == null ? "" : agencyText.strip();
    if (!AgencyCode.isWellFormed(code)) {
      throw CASEWORK.invalid("casework.refused.agency.code", "agency");
    }
    Agency agency = agencies.find(code).orElseThrow(() -> CASEWORK.invalid("casework.refused.agency.unknown", code));
    if (c.takesPart(code)) {
      throw CASEWORK.conflict("casework.refused.participant.already", code, c.number());
    }
    String node = nodeOf(code).orElseThrow(() -> CASEWORK.invalid("casework.refused.agency.noNode", code));
    var now = clock.now();
    cases.addParticipant(caseId, new Case.Participant(code, node, now));
    Case joint = cases.find(caseId).orElseThrow();
    timeline.record(c, officerName, actingAgency, "participant", agency.nameZh() + " (" + node + ")");
    sendCopy(joint, actingAgency);
    if (!node.equals(self)) {
      events.publishEvent(new ParticipantJoined(caseId, node, actingAgency));
    }
    audit.record("case.participant", caseId + " " + code, JointMessages.PURPOSE, AuditOutcome.ok());
    return cases.find(caseId).orElseThrow();
  }

  /** The lead node's copy of a case as it travels. */
  public JointMessages.JointCase copyOf(Case c) {
    return new JointMessages.JointCase(
        c.id(), c.number(), c.leadNode(), c.agency(), c.type().code(), c.state().slug(), c.title(), c.summary(), c.officers(), c.contact(), c.amount(), c.openedAt(), c.participants(),
        entities.of(c.id()), entities.linksOf(c.id()), entities.timelineOf(c.id()));
  }

  /** Sends the lead node's copy of the case to every participant node (each keeps what it has and adds what is new). */
  private void sendCopy(Case c, String agency) {
    var others = c.otherNodes(exchange.localNode().value());
    if (others.isEmpty()) {
      return;
    }
    var copy = copyOf(c);
    exchange.send(new OutgoingMessage(JointMessages.JOINT_CASE, Recipients.of(others.stream().map(NodeId::of).toList()), HandlingCode.H2, JointMessages.PURPOSE, AgencyCode.of(agency), payloads.write(copy), null));
  }
}
