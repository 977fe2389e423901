package cn.deltalink.casework.internal.assistance;

import java.util.Arrays;

/**
 * Where an assistance request stands: sent and not yet received (the receiving node is away), received
 * (the clock runs), assigned to an officer, answered, declined, accepted by the requester, withdrawn
 * by the requester.
 */
public enum RequestState {
  SENT("sent"),
  RECEIVED("received"),
  ASSIGNED("assigned"),
  ANSWERED("answered"),
  DECLINED("declined"),
  ACCEPTED("accepted"),
  WITHDRAWN("withdrawn");

  private final String slug;

  RequestState(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  /** Whether the receiving agency still owes an answer: its clock runs. */
  public boolean awaitingAnswer() {
    return this == RECEIVED || this == ASSIGNED;
  }

  /** Whether nothing more happens to the request. */
  public boolean closed() {
    return this == ACCEPTED || this == WITHDRAWN;
  }

  public static RequestState parse(String slug) {
    return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst().orElseThrow(() -> new IllegalArgumentException("No request state " + slug));
  }
}
