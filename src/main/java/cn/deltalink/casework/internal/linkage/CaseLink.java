package cn.deltalink.casework.internal.linkage;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A linkage (串并案) between a case here and a case at another node that share an identifier. On the
 * asking side we know only the other node, its agency and a contact until its owner approves a
 * request for details; on the owning side we know who asked and why.
 */
public record CaseLink(
    UUID id,
    Side side,
    UUID caseId,
    String entityType,
    String key,
    String remoteNode,
    String remoteAgency,
    @Nullable UUID remoteLinkId,
    @Nullable String contact,
    State state,
    Instant foundAt,
    @Nullable String purpose,
    @Nullable Instant requestedAt,
    @Nullable Instant decidedAt,
    @Nullable String decidedBy,
    @Nullable String refusal,
    @Nullable Map<String, Object> details) {

  public enum Side {
    ASKER,
    OWNER;

    public String slug() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public enum State {
    /** A hit: the other node holds a case with the identifier. */
    HIT("hit"),
    /** Details were asked for with a purpose; the owner decides. */
    REQUESTED("details-requested"),
    APPROVED("approved"),
    REFUSED("refused");

    private final String slug;

    State(String slug) {
      this.slug = slug;
    }

    public String slug() {
      return slug;
    }

    public static State parse(String slug) {
      return java.util.Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst().orElseThrow(() -> new IllegalArgumentException("No link state " + slug));
    }
  }

  /** Why details cannot be asked for now, if they cannot. */
  public Optional<String> whyNotRequestDetails() {
    if (side != Side.ASKER) {
      return Optional.of("Link " + id + " is another node's question about our case; its owner here decides on it");
    }
    return state == State.HIT || state == State.REFUSED ? Optional.empty() : Optional.of("Details of link " + id + " are " + state.slug() + " already");
  }

  /** Why the owner cannot decide now, if it cannot. */
  public Optional<String> whyNotDecide() {
    if (side != Side.OWNER) {
      return Optional.of("Link " + id + " points to a case at " + remoteNode + "; its owner decides there");
    }
    return state == State.REQUESTED ? Optional.empty() : Optional.of("Link " + id + " has no open request for details (" + state.slug() + ")");
  }
}
