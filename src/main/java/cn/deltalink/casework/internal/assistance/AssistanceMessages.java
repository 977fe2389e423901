package cn.deltalink.casework.internal.assistance;

import cn.deltalink.casework.internal.evidence.CaseFile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The messages of an assistance request between the requesting and the receiving node. The sender's
 * node, agency and handling code travel in the signed envelope.
 */
final class AssistanceMessages {

  static final String REQUESTED = "casework.assistance-requested";
  static final String RECEIVED = "casework.assistance-received";
  static final String ASSIGNED = "casework.assistance-assigned";
  static final String ANSWERED = "casework.assistance-answered";
  static final String DECLINED = "casework.assistance-declined";
  static final String ACCEPTED = "casework.assistance-accepted";
  static final String FOLLOWED_UP = "casework.assistance-followed-up";
  static final String WITHDRAWN = "casework.assistance-withdrawn";
  static final String PURPOSE = "协查请求";

  private AssistanceMessages() {}

  /** {@code casework.assistance-requested}: the request, with its attachments announced (their parts follow). */
  record Requested(UUID id, String caseNumber, String caseType, String toAgency, String kind, String urgency, String question, String requestedBy, Instant sentAt, List<CaseFile> attachments) {}

  /** {@code casework.assistance-received}: the receiving node's clock, started at receipt (again after a follow-up). */
  record Received(UUID id, Instant receivedAt, Instant dueAt, Instant remindAt) {}

  /** {@code casework.assistance-assigned}: triaged and assigned to an officer. */
  record Assigned(UUID id, String assignee, Instant at) {}

  /** {@code casework.assistance-answered}: the answer, with result files announced. */
  record Answered(UUID id, String answer, Instant at, String by, List<CaseFile> files) {}

  /** {@code casework.assistance-declined}: the reason. */
  record Declined(UUID id, String reason, Instant at, String by) {}

  /** {@code casework.assistance-accepted}, {@code -withdrawn}: the requester closed it. */
  record Closed(UUID id, Instant at, String by) {}

  /** {@code casework.assistance-followed-up}: a further question on an answer or a refusal. */
  record FollowedUp(UUID id, String question, Instant at, String by) {}
}
