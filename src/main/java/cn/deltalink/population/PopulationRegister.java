package cn.deltalink.population;

import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;
import java.util.List;
import java.util.Optional;

/**
 * What other modules (the cross-province applications of {@code publicservices}) may ask of this
 * node's population register. Changes are recorded in the audit trail with their reference (the
 * application's tracking number) and run in the caller's transaction when there is one.
 */
public interface PopulationRegister {

  /** The person as registered at this node, whatever their status; empty when never registered here. */
  Optional<Resident> find(ResidentIdNumber residentId);

  /**
   * 迁出: the person leaves this province's register for another province. Fails with
   * {@link cn.deltalink.platform.RequestRefused} (404) when not registered here and (409) when not
   * registered here now.
   */
  void moveOut(ResidentIdNumber residentId, String toProvince, String reference);

  /**
   * 落户: registers the person here (new, or back after moving out). Fails with
   * {@link cn.deltalink.platform.RequestRefused} (409) when they are registered here already.
   */
  void registerIn(Resident resident, String reference);

  /**
   * Asks every other node whether the person is registered there now (the hit/no-hit query
   * {@code population.resident}); the nodes that answered "registered here". Unreachable nodes are
   * left out; the query and each answer are audited at both ends.
   */
  List<NodeId> registeredElsewhere(ResidentIdNumber residentId, String purpose, AgencyCode askingAgency);
}
