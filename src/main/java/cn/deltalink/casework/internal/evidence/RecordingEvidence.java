package cn.deltalink.casework.internal.evidence;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.NodeKey;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.casework.internal.cases.Case;
import cn.deltalink.casework.internal.cases.CaseAccess;
import cn.deltalink.casework.internal.cases.Cases;
import cn.deltalink.casework.internal.cases.JoiningCases;
import cn.deltalink.casework.internal.cases.ParticipantJoined;
import cn.deltalink.casework.internal.cases.SharedTimeline;
import cn.deltalink.evidencerules.EvidenceRules;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.AgencyCode;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collecting evidence into a case and recording what is done to it: each custody entry signed with
 * this node's key and chained to the one before; in a joint case each item, its file and each entry go
 * to the case's other nodes.
 */
@Service
public class RecordingEvidence {

  /** A file as collected: name, media type, content. */
  public record Upload(String name, String contentType, byte[] content) {}

  private final EvidenceItems items;
  private final CaseFiles files;
  private final CaseAccess access;
  private final Cases cases;
  private final SharedTimeline timeline;
  private final NodeKey key;
  private final Exchange exchange;
  private final Payloads payloads;
  private final CaseworkClock clock;
  private final AuditTrail audit;
  private final JoiningCases joining;
  private final EvidenceRules rules;

  RecordingEvidence(EvidenceItems items, CaseFiles files, CaseAccess access, Cases cases, SharedTimeline timeline, NodeKey key, Exchange exchange, Payloads payloads, CaseworkClock clock, AuditTrail audit, EvidenceRules rules, JoiningCases joining) {
    this.joining = joining;
    this.rules = rules;
    this.items = items;
    this.files = files;
    this.access = access;
    this.cases = cases;
    this.timeline = timeline;
    this.key = key;
    this.exchange = exchange;
    this.payloads = payloads;
    this.clock = clock;
    this.audit = audit;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public EvidenceItem collect(UUID caseId, @Nullable String kindText, @Nullable String titleText, @Nullable String placeText, @Nullable String noteText, @Nullable Upload upload) {
    CaseAccess.Allowed allowed = access.require(caseId, CaseOfficers.WORKERS, "evidence.collect");
    return collectAs(allowed.c(), allowed.actingAgency(), allowed.officer().displayName(), kindText, titleText, placeText, noteText, upload);
  }

  /** Collects for an officer of an agency (the demo collects its evidence this way). */
  @Transactional(noRollbackFor = RequestRefused.class)
  public EvidenceItem collectAs(Case c, String agency, String officer, @Nullable String kindText, @Nullable String titleText, @Nullable String placeText, @Nullable String noteText, @Nullable Upload upload) {
    if (!c.state().open()) {
      throw CASEWORK.conflict("casework.refused.case.closed", c.number());
    }
    String kind = kindText == null ? "" : kindText.strip().toLowerCase(java.util.Locale.ROOT);
    if (!kind.matches("[a-z0-9][a-z0-9-]{1,59}")) {
      throw CASEWORK.invalid("casework.refused.evidence.kindCode");
    }
    var known = rules.kinds(c.type().code());
    if (!known.isEmpty() && known.stream().noneMatch(k -> k.code().equals(kind))) {
      throw CASEWORK.invalid("casework.refused.evidence.kindUnknown", kind, c.type().code(), String.join(", ", known.stream().map(k -> k.code()).toList()));
    }
    String title = text("title", titleText, 200, true);
    String place = text("place", placeText, 200, true);
    String note = text("note", noteText, 1000, false);
    if (upload == null || upload.content().length == 0) {
      throw CASEWORK.invalid("casework.refused.evidence.fileMissing");
    }
    if (upload.content().length > CaseFiles.MAX_BYTES) {
      throw CASEWORK.invalid("casework.refused.evidence.fileTooLarge");
    }
    String name = text("fileName", upload.name(), 200, true);
    String type = upload.contentType().isBlank() || upload.contentType().length() > 100 || !upload.contentType().matches("[\\w.+-]+/[\\w.+-]+") ? "application/octet-stream" : upload.contentType();
    CaseFile file = files.store(name, type, upload.content());
    String self = exchange.localNode().value();
    var now = clock.now();
    EvidenceItem item = new EvidenceItem(UUID.randomUUID(), c.id(), kind, title, file.id(), file.sm3(), self, agency, now);
    items.insert(item);
    CustodyEntry first = sign(item.id(), 0, CustodyAction.COLLECTED, officer, agency, place, note, item.sm3());
    items.insert(first);
    timeline.record(c, officer, agency, "evidence", kind + " · " + title + " · SM3 " + file.sm3().substring(0, 12) + "…");
    List<String> others = c.otherNodes(self);
    if (c.joint() && !others.isEmpty()) {
      send(others, EvidenceMessages.ITEM, new EvidenceMessages.Item(item, file, List.of(first), null), agency);
      files.send(file, others, HandlingCode.H2, EvidenceMessages.PURPOSE, agency);
    }
    audit.record("evidence.collect", item.id() + " case " + c.number(), EvidenceMessages.PURPOSE, AuditOutcome.ok());
    return item;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public CustodyEntry record(UUID evidenceId, @Nullable String actionText, @Nullable String placeText, @Nullable String noteText) {
    EvidenceItem item = items.find(evidenceId).orElseThrow(() -> CASEWORK.notFound("casework.refused.evidence.notFound", evidenceId));
    CaseAccess.Allowed allowed = access.require(item.caseId(), CaseOfficers.WORKERS, "evidence.custody");
    CustodyAction action;
    try {
      action = CustodyAction.parse(actionText == null ? "" : actionText);
    } catch (IllegalArgumentException e) {
      throw CASEWORK.invalid("casework.refused.rule", e.getMessage());
    }
    List<CustodyEntry> chain = items.custody(evidenceId);
    action.whyNotAfter(chain.stream().map(CustodyEntry::action).toList()).ifPresent(why -> {
      throw CASEWORK.conflict("casework.refused.state", why);
    });
    String place = text("place", placeText, 200, true);
    String note = text("note", noteText, 1000, false);
    String agency = allowed.actingAgency();
    String previous = chain.isEmpty() ? item.sm3() : chain.get(chain.size() - 1).digest();
    CustodyEntry entry = sign(evidenceId, chain.size(), action, allowed.officer().displayName(), agency, place, note, previous);
    items.insert(entry);
    Case c = allowed.c();
    timeline.record(c, allowed.officer().displayName(), agency, "custody", action.slug() + " · " + item.title() + " · " + place);
    List<String> others = c.otherNodes(exchange.localNode().value());
    if (c.joint() && !others.isEmpty()) {
      send(others, EvidenceMessages.CUSTODY, new EvidenceMessages.Custody(entry), agency);
    }
    audit.record("evidence.custody", evidenceId + " " + action.slug(), EvidenceMessages.PURPOSE, AuditOutcome.ok());
    return entry;
  }

  /** A new participant node of a case led here gets every item with its file and chain. */
  @EventListener
  public void participantJoined(ParticipantJoined joined) {
    var copy = cases.find(joined.caseId()).map(joining::copyOf).orElse(null);
    for (EvidenceItem item : items.ofCase(joined.caseId())) {
      CaseFile file = files.find(item.fileId()).orElseThrow();
      if (!file.complete()) {
        continue;
      }
      send(List.of(joined.node()), EvidenceMessages.ITEM, new EvidenceMessages.Item(item, file, items.custody(item.id()), copy), joined.actingAgency());
      files.send(file, List.of(joined.node()), HandlingCode.H2, EvidenceMessages.PURPOSE, joined.actingAgency());
    }
  }

  private CustodyEntry sign(UUID evidenceId, int position, CustodyAction action, String officer, String agency, String place, String note, String previous) {
    UUID id = UUID.randomUUID();
    String self = exchange.localNode().value();
    var at = clock.now();
    String signature = key.sign(CustodyEntry.signedText(id, evidenceId, position, action, officer, agency, self, place, at, note, previous));
    return new CustodyEntry(id, evidenceId, position, action, officer, agency, self, place, at, note, previous, signature);
  }

  private void send(List<String> nodes, String type, Object payload, String agency) {
    exchange.send(new OutgoingMessage(type, Recipients.of(nodes.stream().map(NodeId::of).toList()), HandlingCode.H2, EvidenceMessages.PURPOSE, AgencyCode.of(agency), payloads.write(payload), null));
  }

  private static String text(String field, @Nullable String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw CASEWORK.invalid("casework.refused.field.required", field);
      }
      return "";
    }
    String v = value.strip();
    if (v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
      throw CASEWORK.invalid("casework.refused.field.tooLong", field, String.valueOf(max));
    }
    return v;
  }
}
