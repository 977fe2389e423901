package cn.deltalink.exchange.internal.core;

import cn.deltalink.platform.UntrustedText;

/**
 * Why a receiver will not take an envelope, with a detail the sender's operators can act on. Each
 * reason has the HTTP status used when a request carries nothing else.
 */
public record Refusal(Reason reason, String detail) {

  public enum Reason {
    MALFORMED(400, false, true),
    UNSUPPORTED_VERSION(400, false, true),
    UNSIGNED(403, false, true),
    UNKNOWN_SENDER(403, true, true),
    UNKNOWN_AGENCY(403, true, false),
    BAD_SIGNATURE(403, true, true),
    DIGEST_MISMATCH(400, false, false),
    TOO_OLD(400, false, false),
    FROM_THE_FUTURE(400, true, false),
    TOO_LARGE(413, false, false),
    NOT_FOR_THIS_NODE(400, false, false),
    ID_REUSED(409, false, false);

    private final int httpStatus;
    private final boolean mayPassWithTime;
    private final boolean senderUnproven;

    Reason(int httpStatus, boolean mayPassWithTime, boolean senderUnproven) {
      this.httpStatus = httpStatus;
      this.mayPassWithTime = mayPassWithTime;
      this.senderUnproven = senderUnproven;
    }

    /**
     * Whether the refusal leaves the sender unknown or unproven: anyone on the network can cause it
     * under any name, so the receiver keeps only a bounded count of it (ADR 015), no log row and no
     * signed receipt.
     */
    public boolean senderUnproven() {
      return senderUnproven;
    }

    public int httpStatus() {
      return httpStatus;
    }

    /**
     * Whether a sender whose genuine message met this refusal should try again later: an unknown
     * sender or a wrong signature on a genuine message means the receiver's member directory is
     * older than the sender's, and a timestamp from the future means the clocks differ; both are
     * repaired by the region without the sender doing anything.
     */
    public boolean mayPassWithTime() {
      return mayPassWithTime;
    }
  }

  /** The longest detail kept: it often quotes what the sender sent. */
  public static final int MAX_DETAIL = 500;

  /** The detail is clipped and loses its control characters: it quotes input from the network. */
  public Refusal {
    if (detail.isBlank()) {
      throw new IllegalArgumentException("A refusal needs a reason a person can act on");
    }
    detail = UntrustedText.clipped(detail, MAX_DETAIL);
  }

  public String text() {
    return reason.name() + ": " + detail;
  }
}
