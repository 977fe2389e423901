package cn.deltalink.fraud.internal.warning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A warning this node received on an account of its province, with what it has done about it. */
public record ReceivedWarning(Warning warning, Instant receivedAt, List<Intervention> interventions) {

  public ReceivedWarning {
    interventions = List.copyOf(interventions);
  }

  public enum State {
    /** Nothing done yet. */
    NEW,
    /** Interventions recorded, at least one awaiting its answer. */
    IN_HAND,
    /** Every intervention recorded has its outcome. */
    HANDLED;

    public String slug() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public State state() {
    if (interventions.isEmpty()) {
      return State.NEW;
    }
    return interventions.stream().allMatch(i -> i.outcome().isFinal()) ? State.HANDLED : State.IN_HAND;
  }

  public BigDecimal amountStopped() {
    return interventions.stream().map(Intervention::amountStopped).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
