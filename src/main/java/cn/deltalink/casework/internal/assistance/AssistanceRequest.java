package cn.deltalink.casework.internal.assistance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An assistance request (协查请求) from a case to an agency of another province, the same id at both
 * nodes. The requesting node holds a {@link SentRequest}, the receiving node a {@link ReceivedRequest}:
 * each side may do different things with it, and the rules for each are in its type.
 */
public sealed interface AssistanceRequest permits SentRequest, ReceivedRequest {

  Details details();

  RequestState state();

  Clock clock();

  Reply reply();

  default UUID id() {
    return details().id();
  }

  /**
   * What was asked, by whom and of whom: set when the request is sent and never changed.
   *
   * @param caseId the case at the requesting node (null at the receiving node, which does not hold it)
   */
  record Details(
      UUID id,
      @Nullable UUID caseId,
      String caseNumber,
      String caseType,
      String fromNode,
      String fromAgency,
      String toNode,
      String toAgency,
      RequestKind kind,
      String handlingCode,
      Urgency urgency,
      String question,
      String requestedBy,
      Instant sentAt) {}

  /**
   * The clock, from the receiving node's receipt: both sides hold the same times. Empty until the
   * receiving node has the request.
   */
  record Clock(@Nullable Instant receivedAt, @Nullable Instant dueAt, @Nullable Instant remindAt, boolean reminded, boolean escalated) {

    public static Clock notStarted() {
      return new Clock(null, null, null, false, false);
    }

    public boolean started() {
      return receivedAt != null;
    }

    /** Whether the deadline has passed while an answer is owed. */
    public boolean overdue(RequestState state, Instant now) {
      return state.awaitingAnswer() && dueAt != null && now.isAfter(dueAt);
    }

    /** The time left to answer (negative once overdue), while an answer is owed. */
    public Optional<Duration> left(RequestState state, Instant now) {
      return state.awaitingAnswer() && dueAt != null ? Optional.of(Duration.between(now, dueAt)) : Optional.empty();
    }
  }

  /** What came back and what followed: assignee, answer or refusal, follow-ups, closing. */
  record Reply(@Nullable String assignee, @Nullable String answer, @Nullable Instant answeredAt, @Nullable String declineReason, int followUps, @Nullable Instant closedAt) {

    public static Reply none() {
      return new Reply(null, null, null, null, 0, null);
    }

    /** Whether the answer (or refusal) came after the deadline. */
    public boolean late(Clock clock) {
      return answeredAt != null && clock.dueAt() != null && answeredAt.isAfter(clock.dueAt());
    }
  }
}
