package cn.deltalink.casework.internal.assistance;

import java.util.Optional;

/**
 * A request as the requesting node holds it. The requester may withdraw it until it is accepted,
 * accept an answer, and follow up an answer or a refusal with a further question.
 */
public record SentRequest(Details details, RequestState state, Clock clock, Reply reply) implements AssistanceRequest {

  /** Why the request cannot be withdrawn now, if it cannot. */
  public Optional<String> whyNotWithdraw() {
    return state.closed() ? Optional.of("Request " + id() + " is " + state.slug() + " already") : Optional.empty();
  }

  public Optional<String> whyNotAccept() {
    return state == RequestState.ANSWERED ? Optional.empty() : Optional.of("Only an answered request is accepted; request " + id() + " is " + state.slug());
  }

  public Optional<String> whyNotFollowUp() {
    return state == RequestState.ANSWERED || state == RequestState.DECLINED ? Optional.empty() : Optional.of("A follow-up asks about an answer or a refusal; request " + id() + " is " + state.slug());
  }
}
