package cn.deltalink.population.internal.register;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.population.PopulationRegister;
import cn.deltalink.population.Resident;
import cn.deltalink.population.ResidentStatus;
import cn.deltalink.region.AgencyCode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** This node's population register as other modules and the API use it; every change is audited. */
@Service
class RegisterOfResidents implements PopulationRegister {

  /** The query type other nodes answer from their registers. */
  static final String QUERY_TYPE = "population.resident";

  /** How long an intake waits for the other nodes' answers: a window clerk is waiting. */
  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);

  private final ResidentRows rows;
  private final AuditTrail audit;
  private final Exchange exchange;
  private final PopulationClock clock;
  private final NodeSettings node;

  RegisterOfResidents(ResidentRows rows, AuditTrail audit, Exchange exchange, PopulationClock clock, NodeSettings node) {
    this.node = node;
    this.rows = rows;
    this.audit = audit;
    this.exchange = exchange;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Resident> find(ResidentIdNumber residentId) {
    return rows.find(residentId.value());
  }

  @Override
  @Transactional
  public void moveOut(ResidentIdNumber residentId, String toProvince, String reference) {
    if (!toProvince.matches("\\d{2}")) {
      throw RequestRefused.invalid("toProvince is a two-digit GB/T 2260 province code");
    }
    String ref = reference(reference);
    Resident resident = rows.find(residentId.value()).orElseThrow(() -> refused("population.move-out", residentId, ref, RequestRefused.notFound("Resident " + residentId.masked() + " is not registered here")));
    if (resident.status() != ResidentStatus.ACTIVE || !rows.moveOut(residentId.value(), toProvince, ref, clock.now())) {
      throw refused("population.move-out", residentId, ref, RequestRefused.conflict("Resident " + residentId.masked() + " is not registered here now (" + resident.status().slug() + ")"));
    }
    audit.record("population.move-out", residentId.masked() + " to " + toProvince, ref, AuditOutcome.ok());
  }

  @Override
  @Transactional
  public void registerIn(Resident resident, String reference) {
    String ref = reference(reference);
    if (resident.status() != ResidentStatus.ACTIVE) {
      throw RequestRefused.invalid("A person is registered in with status active, not " + resident.status().slug());
    }
    requireHere(resident);
    Optional<Resident> held = rows.find(resident.residentId().value());
    if (held.isPresent() && held.get().status() == ResidentStatus.ACTIVE) {
      throw refused("population.register-in", resident.residentId(), ref, RequestRefused.conflict("Resident " + resident.residentId().masked() + " is registered here already"));
    }
    if (held.isPresent() && held.get().status() == ResidentStatus.DECEASED) {
      throw refused("population.register-in", resident.residentId(), ref, RequestRefused.conflict("Resident " + resident.residentId().masked() + " is deregistered as deceased"));
    }
    rows.upsert(List.of(resident), ref, clock.now());
    audit.record("population.register-in", resident.residentId().masked(), ref, AuditOutcome.ok(held.isPresent() ? "returned" : "new"));
  }

  @Override
  public List<NodeId> registeredElsewhere(ResidentIdNumber residentId, String purpose, AgencyCode askingAgency) {
    return exchange.query(QUERY_TYPE, "resident-id", residentId.value(), purpose, askingAgency, QUERY_TIMEOUT).stream()
        .filter(a -> a.outcome() == Exchange.QueryOutcome.HIT)
        .map(Exchange.PeerAnswer::node)
        .toList();
  }

  /** This node's register holds households of its own province only. */
  void requireHere(Resident resident) {
    if (!resident.householdProvince().equals(node.province())) {
      throw RequestRefused.invalid("householdAddressCode " + resident.householdAddressCode() + " is not in this node's province (" + node.province() + ")");
    }
  }

  private RequestRefused refused(String action, ResidentIdNumber id, String reference, RequestRefused refusal) {
    audit.record(action, id.masked(), reference, AuditOutcome.rejected(String.valueOf(refusal.getMessage())));
    return refusal;
  }

  private static String reference(String reference) {
    String r = reference == null ? "" : reference.strip();
    if (r.isEmpty() || r.length() > 64) {
      throw RequestRefused.invalid("A change of the register needs a reference of 1-64 characters (the application's tracking number)");
    }
    return r;
  }
}
