package cn.deltalink.population.internal.sweep;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.population.Resident;
import cn.deltalink.population.internal.register.ResidentRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A sweep as its page and API show it: how far each node is, and the confirmed hits. */
@Component
class SweepViews {

  /** One other node's progress: waiting (no part yet), receiving, confirming (details asked), done, refused. */
  record NodeProgress(String node, String state, int partsReceived, int parts, long hashes, int hits, int confirmed) {}

  /** A person registered here and at another node. */
  record Hit(String residentId, String name, String status, String householdAddressCode, String otherNode, @Nullable String otherStatus, @Nullable String otherHouseholdAddressCode, @Nullable String otherName) {}

  record View(String id, String state, String startedBy, String startedAt, int residentsHere, List<NodeProgress> nodes, int pendingConfirmation, List<Hit> hits) {}

  private final SweepRows rows;
  private final ResidentRows residents;
  private final AuditTrail audit;

  SweepViews(SweepRows rows, ResidentRows residents, AuditTrail audit) {
    this.rows = rows;
    this.residents = residents;
    this.audit = audit;
  }

  @Transactional
  View view(UUID id) {
    SweepRows.Sweep sweep = rows.find(id).orElseThrow(() -> RequestRefused.notFound("No sweep " + id + " was started here"));
    List<SweepRows.Part> parts = rows.parts(id);
    List<SweepRows.Hit> hits = rows.hits(id);
    List<NodeProgress> nodes = new ArrayList<>();
    boolean complete = true;
    for (String node : sweep.participants()) {
      List<SweepRows.Part> of = parts.stream().filter(p -> p.node().equals(node)).toList();
      List<SweepRows.Hit> hitsOf = hits.stream().filter(h -> h.node().equals(node)).toList();
      int total = of.isEmpty() ? 0 : of.get(0).parts();
      long hashes = of.stream().mapToLong(SweepRows.Part::hashes).sum();
      int confirmed = (int) hitsOf.stream().filter(h -> Boolean.TRUE.equals(h.confirmed())).count();
      boolean answered = hitsOf.stream().allMatch(h -> h.confirmed() != null);
      String state;
      if (of.stream().anyMatch(p -> p.hashes() < 0)) {
        state = "refused";
      } else if (of.isEmpty()) {
        state = "waiting";
      } else if (of.size() < total) {
        state = "receiving";
      } else if (!answered) {
        state = "confirming";
      } else {
        state = "done";
      }
      complete &= state.equals("done") || state.equals("refused");
      nodes.add(new NodeProgress(node, state, state.equals("refused") ? 0 : of.size(), total, Math.max(0, hashes), hitsOf.size(), confirmed));
    }
    List<SweepRows.Hit> confirmedHits = hits.stream().filter(h -> Boolean.TRUE.equals(h.confirmed())).toList();
    Map<String, Resident> here = residents.findAll(confirmedHits.stream().map(SweepRows.Hit::residentId).distinct().toList()).stream()
        .collect(Collectors.toMap(r -> r.residentId().value(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    List<Hit> shown = new ArrayList<>();
    for (SweepRows.Hit h : confirmedHits) {
      Resident r = here.get(h.residentId());
      if (r != null) {
        shown.add(new Hit(h.residentId(), r.name(), r.status().slug(), r.householdAddressCode(), h.node(), h.otherStatus(), h.otherAddressCode(), h.otherName()));
      }
    }
    int pending = (int) hits.stream().filter(h -> h.confirmed() == null).count();
    audit.record("population.sweep.read", id.toString(), Sweeping.PURPOSE, AuditOutcome.ok(shown.size() + " hits"));
    return new View(id.toString(), complete ? "complete" : "running", sweep.startedBy(), sweep.startedAt().toString(), sweep.ownCount(), nodes, pending, shown);
  }

  List<UUID> latest() {
    return rows.latest(20);
  }
}
