package cn.deltalink.casework.internal.assistance;

import java.util.Optional;

/**
 * A request as the receiving node holds it. The receiving agency triages and assigns it, answers it
 * or declines it with a reason while the answer is owed; a withdrawn request takes no reply.
 */
public record ReceivedRequest(Details details, RequestState state, Clock clock, Reply reply) implements AssistanceRequest {

  /** Why the request cannot be answered, declined or assigned now, if it cannot. */
  public Optional<String> whyNotAnswer() {
    if (state == RequestState.WITHDRAWN) {
      return Optional.of("Request " + id() + " was withdrawn by the requesting agency; it takes no reply");
    }
    return state.awaitingAnswer() ? Optional.empty() : Optional.of("Request " + id() + " is " + state.slug() + "; nothing is owed on it now");
  }
}
