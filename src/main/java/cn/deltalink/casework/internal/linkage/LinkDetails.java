package cn.deltalink.casework.internal.linkage;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.casework.internal.cases.Case;
import cn.deltalink.casework.internal.cases.CaseAccess;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.AgencyCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up of a linkage hit (Prüm's second step): the asker states a purpose and asks for the
 * case's details; the owning agency approves (the details travel) or refuses with a reason. Both
 * sides audit both steps.
 */
@Service
public class LinkDetails {

  private final CaseLinks links;
  private final CaseAccess access;
  private final Agencies agencies;
  private final Exchange exchange;
  private final Payloads payloads;
  private final CaseworkClock clock;
  private final AuditTrail audit;

  LinkDetails(CaseLinks links, CaseAccess access, Agencies agencies, Exchange exchange, Payloads payloads, CaseworkClock clock, AuditTrail audit) {
    this.links = links;
    this.access = access;
    this.agencies = agencies;
    this.exchange = exchange;
    this.payloads = payloads;
    this.clock = clock;
    this.audit = audit;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public CaseLink request(UUID linkId, @Nullable String purposeText) {
    CaseLink link = links.find(linkId).orElseThrow(() -> CASEWORK.notFound("casework.refused.link.notFound", linkId));
    CaseAccess.Allowed allowed = access.require(link.caseId(), CaseOfficers.INVESTIGATORS, "link.details-request");
    link.whyNotRequestDetails().ifPresent(why -> {
      throw CASEWORK.conflict("casework.refused.state", why);
    });
    if (purposeText == null || purposeText.isBlank() || purposeText.strip().length() > 500 || purposeText.chars().anyMatch(Character::isISOControl)) {
      throw CASEWORK.invalid("casework.refused.link.purpose");
    }
    String purpose = purposeText.strip();
    Case c = allowed.c();
    links.requested(linkId, null, purpose, clock.now());
    exchange.send(
        new OutgoingMessage(LinkMessages.DETAILS_REQUESTED, Recipients.of(NodeId.of(link.remoteNode())), HandlingCode.H2, purpose, AgencyCode.of(c.agency()),
            payloads.write(new LinkMessages.DetailsRequested(linkId, link.entityType(), link.key(), c.agency(), c.number(), purpose, allowed.officer().displayName())), null));
    audit.record("link.details-request", linkId + " → " + link.remoteNode() + " " + link.remoteAgency(), purpose, AuditOutcome.ok());
    return links.find(linkId).orElseThrow();
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public CaseLink decide(UUID linkId, boolean approve, @Nullable String reasonText) {
    CaseLink link = links.find(linkId).orElseThrow(() -> CASEWORK.notFound("casework.refused.link.notFound", linkId));
    CaseAccess.Allowed allowed = access.require(link.caseId(), CaseOfficers.WORKERS, "link.decide");
    link.whyNotDecide().ifPresent(why -> {
      throw CASEWORK.conflict("casework.refused.state", why);
    });
    String reason = reasonText == null ? "" : reasonText.strip();
    if (!approve && (reason.isEmpty() || reason.length() > 500)) {
      throw CASEWORK.invalid("casework.refused.link.reason");
    }
    Case c = allowed.c();
    Map<String, Object> details = null;
    if (approve) {
      details = new LinkedHashMap<>();
      details.put("caseNumber", c.number());
      details.put("type", c.type().code());
      details.put("state", c.state().slug());
      details.put("title", c.title());
      details.put("summary", c.summary().length() > 1000 ? c.summary().substring(0, 1000) : c.summary());
      details.put("agency", c.agency());
      details.put("agencyName", agencies.find(c.agency()).map(a -> a.nameZh()).orElse(c.agency()));
      details.put("officers", c.officers());
      details.put("contact", c.contact());
      details.put("openedAt", c.openedAt().toString());
    }
    String by = allowed.officer().displayName();
    links.decided(linkId, approve, approve ? null : reason, details, clock.now(), by);
    if (link.remoteLinkId() != null) {
      exchange.send(
          new OutgoingMessage(LinkMessages.DETAILS_DECIDED, Recipients.of(NodeId.of(link.remoteNode())), HandlingCode.H2, link.purpose() == null ? LinkMessages.PURPOSE : link.purpose(),
              AgencyCode.of(c.agency()), payloads.write(new LinkMessages.DetailsDecided(link.remoteLinkId(), approve, approve ? null : reason, details, by)), null));
    }
    audit.record("link.decide", linkId + " " + (approve ? "approved" : "refused") + " for " + link.remoteNode(), link.purpose() == null ? "" : link.purpose(), AuditOutcome.ok());
    return links.find(linkId).orElseThrow();
  }
}
