package cn.deltalink.exchange.internal.core;

/** Thrown while reading an envelope that cannot be taken at all. */
public class EnvelopeRefused extends RuntimeException {

  private final Refusal refusal;

  public EnvelopeRefused(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  public EnvelopeRefused(Refusal.Reason reason, String detail) {
    this(new Refusal(reason, detail));
  }

  public Refusal refusal() {
    return refusal;
  }
}
