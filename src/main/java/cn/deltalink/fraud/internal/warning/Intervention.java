package cn.deltalink.fraud.internal.warning;

import static cn.deltalink.fraud.internal.Refused.rule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What the receiving province did on a warning (处置): a dissuasion call to the victim (劝阻), a
 * stop-payment request (止付) or a freeze request (冻结) to the bank, with its outcome and the amount it
 * stopped. Also the payload of the {@code fraud.intervention} message back to the sender.
 */
public record Intervention(UUID id, UUID warningId, String node, Kind kind, Outcome outcome, BigDecimal amountStopped, String note, String recordedBy, Instant recordedAt) {

  public static final int MAX_NOTE = 1000;

  public enum Kind {
    /** 劝阻: the victim called and talked out of paying more. */
    DISSUASION,
    /** 止付: the bank asked to stop payments out of the account. */
    STOP_PAYMENT,
    /** 冻结: the bank asked to freeze the account. */
    FREEZE;

    public String slug() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Kind> parse(String text) {
      return slugged(Kind.class, text);
    }
  }

  public enum Outcome {
    /** Done as asked. */
    SUCCEEDED,
    /** Done in part, e.g. part of the money had already left. */
    PARTLY,
    /** Not done, e.g. the money had left or the victim could not be reached. */
    FAILED,
    /** Asked for; the bank's answer is awaited. */
    PENDING;

    public String slug() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Outcome> parse(String text) {
      return slugged(Outcome.class, text);
    }

    /** Whether this outcome closes the matter; a pending one does not. */
    public boolean isFinal() {
      return this != PENDING;
    }
  }

  public Intervention {
    if (amountStopped.signum() < 0) {
      throw rule("fraud.refused.intervention.negative");
    }
    if (amountStopped.scale() > 2 || amountStopped.precision() - amountStopped.scale() > 16) {
      throw rule("fraud.refused.intervention.amount");
    }
    if (outcome == Outcome.FAILED && amountStopped.signum() > 0) {
      throw rule("fraud.refused.intervention.failed");
    }
    if (note.length() > MAX_NOTE) {
      throw rule("fraud.refused.intervention.note", MAX_NOTE);
    }
    if (!node.matches("[A-Z]{2,8}")) {
      throw rule("fraud.refused.intervention.node");
    }
  }

  private static <E extends Enum<E>> Optional<E> slugged(Class<E> type, String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(t)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
