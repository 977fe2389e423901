package cn.deltalink.exchange.internal.core;

/**
 * Why a receiver will not take an envelope, with a detail the sender's operators can act on. Each
 * reason has the HTTP status used when a request carries nothing else.
 */
public record Refusal(Reason reason, String detail) {

  public enum Reason {
    MALFORMED(400, false),
    UNSUPPORTED_VERSION(400, false),
    UNSIGNED(403, false),
    UNKNOWN_SENDER(403, true),
    UNKNOWN_AGENCY(403, true),
    BAD_SIGNATURE(403, true),
    DIGEST_MISMATCH(400, false),
    TOO_OLD(400, false),
    FROM_THE_FUTURE(400, true),
    TOO_LARGE(413, false),
    NOT_FOR_THIS_NODE(400, false),
    ID_REUSED(409, false);

    private final int httpStatus;
    private final boolean mayPassWithTime;

    Reason(int httpStatus, boolean mayPassWithTime) {
      this.httpStatus = httpStatus;
      this.mayPassWithTime = mayPassWithTime;
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

  public Refusal {
    if (detail.isBlank()) {
      throw new IllegalArgumentException("A refusal needs a reason a person can act on");
    }
  }

  public String text() {
    return reason.name() + ": " + detail;
  }
}
