package cn.deltalink.casework.internal.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case (案件) held at this node: its own, or a joint case (联合办案) led by another node that one of
 * this node's agencies takes part in. The same id at every node of a joint case.
 *
 * @param agency the owning agency, for a joint case the lead agency
 * @param officers the names of the officers on the case
 * @param amount the amount involved in yuan, where the type has one (fraud, fundraising)
 */
public record Case(
    UUID id,
    String number,
    String leadNode,
    String agency,
    CaseType type,
    CaseState state,
    String title,
    String summary,
    List<String> officers,
    String contact,
    @Nullable BigDecimal amount,
    boolean joint,
    List<Participant> participants,
    Instant openedAt,
    Instant updatedAt) {

  /** An agency taking part in a joint case, and the node that serves it. */
  public record Participant(String agency, String node, Instant joinedAt) {}

  public Case {
    officers = List.copyOf(officers);
    participants = List.copyOf(participants);
  }

  /** Whether this node leads the case (holds the original). */
  public boolean ledBy(String node) {
    return leadNode.equals(node);
  }

  /** The lead agency and every participant: whose officers may work on the case. */
  public List<String> agencies() {
    List<String> all = new ArrayList<>();
    all.add(agency);
    participants.forEach(p -> all.add(p.agency()));
    return all;
  }

  /** The nodes of the case other than the given one: where its shared timeline goes. */
  public List<String> otherNodes(String self) {
    List<String> nodes = new ArrayList<>();
    if (!leadNode.equals(self)) {
      nodes.add(leadNode);
    }
    participants.stream().map(Participant::node).filter(n -> !n.equals(self) && !nodes.contains(n)).forEach(nodes::add);
    return nodes;
  }

  public boolean takesPart(String agencyCode) {
    return agency.equals(agencyCode) || participants.stream().anyMatch(p -> p.agency().equals(agencyCode));
  }
}
