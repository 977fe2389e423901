package cn.deltalink.casework.internal.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The messages that keep a joint case in step at its nodes. */
public final class JointMessages {

  public static final String JOINT_CASE = "casework.joint-case";
  public static final String JOINT_ENTRY = "casework.joint-entry";
  public static final String PURPOSE = "联合办案";

  private JointMessages() {}

  /** {@code casework.joint-case}: the lead node's copy of the case, sent to every participant node when one joins. */
  public record JointCase(
      UUID id,
      String number,
      String leadNode,
      String agency,
      String type,
      String state,
      String title,
      String summary,
      List<String> officers,
      String contact,
      @Nullable BigDecimal amount,
      Instant openedAt,
      List<Case.Participant> participants,
      List<CaseEntity> entities,
      List<EntityLink> links,
      List<TimelineEntry> timeline) {}

  /** {@code casework.joint-entry}: something one node added to a joint case (a timeline entry, and an entity, a link or a new state with it). */
  public record JointEntry(UUID caseId, TimelineEntry timeline, List<CaseEntity> entities, List<EntityLink> links, @Nullable String state) {}
}
