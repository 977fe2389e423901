package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.rule;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.fraud.RiskEntries;
import cn.deltalink.fraud.RiskEntryDraft;
import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.region.Agencies;
import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.SharedRegister;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes this node's risk entries and shares each version with every province through the shared
 * register ({@value #REGISTER}), in the transaction that stores it: an entry changes here exactly when
 * its change is on its way.
 */
@Service
public class RecordingRiskEntries implements RiskEntries {

  static final String REGISTER = "fraud-risk";
  static final String PURPOSE = "涉诈风险数据共享";
  /** How long an entry holds when the draft names no end. */
  static final int DEFAULT_YEARS = 2;

  private final RiskValues values;
  private final RiskEntryRows rows;
  private final SharedRegister register;
  private final NodeSettings node;
  private final Agencies agencies;
  private final CurrentOfficer current;
  private final JsonMapper json;

  RecordingRiskEntries(RiskValues values, RiskEntryRows rows, SharedRegister register, NodeSettings node, Agencies agencies, CurrentOfficer current, JsonMapper json) {
    this.values = values;
    this.rows = rows;
    this.register = register;
    this.node = node;
    this.agencies = agencies;
    this.current = current;
    this.json = json;
  }

  @Override
  @Transactional
  public void record(RiskEntryDraft draft) {
    recordAll(List.of(draft));
  }

  /** Records several drafts at once, all or nothing, shared in as few messages as the exchange allows; the stored versions in order. */
  @Transactional
  public List<RiskEntry> recordAll(List<RiskEntryDraft> drafts) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    LocalDate today = LocalDate.now(ResidentIdNumber.CHINA);
    String by = current.get().map(CurrentOfficer.Officer::username).orElse("node");
    Map<java.util.UUID, RiskEntry> changed = new LinkedHashMap<>();
    List<RiskEntry> stored = new ArrayList<>(drafts.size());
    for (RiskEntryDraft draft : drafts) {
      String value = values.normalise(draft.type(), draft.value());
      LocalDate until = draft.validUntil() == null ? today.plusYears(DEFAULT_YEARS) : draft.validUntil();
      if (until.isBefore(today)) {
        throw rule("fraud.refused.validUntil.passed", until.toString());
      }
      if (until.isAfter(today.plusYears(10))) {
        throw rule("fraud.refused.validUntil.far");
      }
      RiskEntry held = changed.values().stream().filter(e -> e.type() == draft.type() && e.value().equals(value)).findFirst()
          .or(() -> rows.own(node.id(), draft.type(), value)).orElse(null);
      RiskEntry next = held == null ? RiskEntry.first(draft, value, node.id(), by, now, until) : held.with(draft, now, until);
      rows.store(next);
      changed.put(next.id(), next);
      stored.add(next);
    }
    if (!changed.isEmpty()) {
      String agency = current.get().map(CurrentOfficer.Officer::agencyCode).orElseGet(() -> agencies.provincialDepartment(node.province()).code());
      List<RegisterEntry> entries = changed.values().stream().map(e -> new RegisterEntry(REGISTER, e.id(), e.version(), e.ownerNode(), json.writeValueAsString(e))).toList();
      register.publish(entries, Recipients.everyMember(), HandlingCode.H0, PURPOSE, agency);
    }
    return stored;
  }
}
