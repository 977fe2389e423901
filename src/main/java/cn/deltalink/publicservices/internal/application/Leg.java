package cn.deltalink.publicservices.internal.application;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One leg of an application at one node: the review (审核; for a transfer 准迁 at the destination), the
 * move-out (迁出) at the origin, the registration (落户) at the destination. A finished leg carries the
 * SM2 signature of the node that did it over {@link #signedText}, so that every node involved holds
 * proof of who did what and when.
 */
public record Leg(Kind kind, String node, Status status, @Nullable Instant doneAt, @Nullable String by, @Nullable String signature) {

  public enum Kind {
    REVIEW,
    MOVE_OUT,
    REGISTRATION;

    public String slug() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public enum Status {
    PENDING,
    DONE,
    REFUSED;

    public String slug() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Leg {
    if ((status == Status.PENDING) != (doneAt == null)) {
      throw new IllegalArgumentException("a leg has its time exactly when it is finished");
    }
  }

  public static Leg pending(Kind kind, String node) {
    return new Leg(kind, node, Status.PENDING, null, null, null);
  }

  public Leg finished(Status outcome, Instant at, String officer, String signature) {
    if (status != Status.PENDING) {
      throw new IllegalStateException("The " + kind.slug() + " leg at " + node + " is finished already");
    }
    return new Leg(kind, node, outcome, at, officer, signature);
  }

  /** What the node signs when it finishes the leg. */
  public static String signedText(TrackingNumber tn, Kind kind, String node, Status outcome, Instant at, String officer) {
    return String.join("|", "publicservices.leg", tn.value(), kind.slug(), node, outcome.slug(), at.toString(), officer);
  }

  public boolean pending() {
    return status == Status.PENDING;
  }
}
