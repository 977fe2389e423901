package cn.deltalink.fraud.internal.warning;

import cn.deltalink.exchange.Exchange.DeliveryState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** A warning this node sent, as its sender sees it: is it there yet, and what has the receiver done. */
public record SentWarning(Warning warning, DeliveryState delivery, List<Intervention> interventions) {

  public SentWarning {
    interventions = List.copyOf(interventions);
  }

  public enum State {
    /** Waiting in the outbox, e.g. while the receiving node is down. */
    WAITING,
    /** In the receiving node's inbox; nothing done yet. */
    DELIVERED,
    /** The receiver recorded interventions, at least one still awaiting an answer. */
    IN_HAND,
    /** Every intervention recorded has its outcome. */
    HANDLED,
    /** The exchange gave up delivering it. */
    FAILED;

    public String slug() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public State state() {
    if (!interventions.isEmpty()) {
      return interventions.stream().allMatch(i -> i.outcome().isFinal()) ? State.HANDLED : State.IN_HAND;
    }
    return switch (delivery) {
      case QUEUED -> State.WAITING;
      case DELIVERED -> State.DELIVERED;
      case FAILED -> State.FAILED;
    };
  }

  public BigDecimal amountStopped() {
    return interventions.stream().map(Intervention::amountStopped).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
