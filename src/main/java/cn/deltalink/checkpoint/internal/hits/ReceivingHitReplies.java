package cn.deltalink.checkpoint.internal.hits;

import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The messages that follow a hit: at the checkpoint's node the issuer's receipt (the clock) and its
 * decision; at the issuer's node the checkpoint's outcome. Each changes only a hit whose other side
 * is the message's sender.
 */
public final class ReceivingHitReplies {

  private ReceivingHitReplies() {}

  private static Hit hitFrom(Hits hits, UUID id, String sender, boolean senderIsIssuer) {
    Hit hit = hits.find(id).orElseThrow(() -> new IllegalArgumentException("No hit " + id + " here"));
    String otherSide = senderIsIssuer ? hit.issuingNode() : hit.checkpointNode();
    if (!otherSide.equals(sender)) {
      throw new IllegalArgumentException("Hit " + id + " is not " + sender + "'s to answer");
    }
    return hit;
  }

  @Component
  public static class Receipt implements MessageHandler {
    private final Hits hits;
    private final HitMessages messages;
    private final ApplicationEventPublisher events;

    Receipt(Hits hits, HitMessages messages, ApplicationEventPublisher events) {
      this.hits = hits;
      this.messages = messages;
      this.events = events;
    }

    @Override
    public String type() {
      return HitMessages.RECEIVED;
    }

    @Override
    public void handle(ReceivedMessage message) {
      HitMessages.Received received = messages.read(message.payloadJson(), HitMessages.Received.class);
      hitFrom(hits, received.hitId(), message.senderNode().value(), true);
      if (hits.markReceived(received.hitId(), received.receivedAt(), received.confirmBy(), received.remindAt())) {
        events.publishEvent(new HitUpdated(received.hitId()));
      }
    }
  }

  @Component
  public static class Decision implements MessageHandler {
    private final Hits hits;
    private final HitMessages messages;
    private final ApplicationEventPublisher events;

    Decision(Hits hits, HitMessages messages, ApplicationEventPublisher events) {
      this.hits = hits;
      this.messages = messages;
      this.events = events;
    }

    @Override
    public String type() {
      return HitMessages.DECIDED;
    }

    @Override
    public void handle(ReceivedMessage message) {
      HitMessages.Decided decided = messages.read(message.payloadJson(), HitMessages.Decided.class);
      hitFrom(hits, decided.hitId(), message.senderNode().value(), true);
      HitState state = HitState.parse(decided.decision());
      if (state == HitState.AWAITING_CONFIRMATION) {
        throw new IllegalArgumentException("A decision is confirmed or not-valid");
      }
      if (hits.decide(decided.hitId(), state, decided.at(), decided.by())) {
        events.publishEvent(new HitUpdated(decided.hitId()));
      }
    }
  }

  @Component
  public static class OutcomeReport implements MessageHandler {
    private final Hits hits;
    private final HitMessages messages;
    private final ApplicationEventPublisher events;

    OutcomeReport(Hits hits, HitMessages messages, ApplicationEventPublisher events) {
      this.hits = hits;
      this.messages = messages;
      this.events = events;
    }

    @Override
    public String type() {
      return HitMessages.OUTCOME;
    }

    @Override
    public void handle(ReceivedMessage message) {
      HitMessages.OutcomeRecorded recorded = messages.read(message.payloadJson(), HitMessages.OutcomeRecorded.class);
      Hit hit = hitFrom(hits, recorded.hitId(), message.senderNode().value(), false);
      Outcome outcome = Outcome.parse(recorded.outcome());
      if (hits.recordOutcome(recorded.hitId(), outcome, recorded.at(), recorded.by())) {
        events.publishEvent(new HitUpdated(recorded.hitId()));
        java.util.Optional.ofNullable(HitAlerts.arrest(hit, outcome, recorded.by(), recorded.at())).ifPresent(events::publishEvent);
      }
    }
  }
}
