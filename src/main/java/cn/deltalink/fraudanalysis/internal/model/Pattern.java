package cn.deltalink.fraudanalysis.internal.model;

/** The laundering patterns the detectors look for, each with the weight its finding carries. */
public enum Pattern {
  /** Many payers into one account in a short time, with similar amounts. */
  FAN_IN,
  /** One account paying many in a short time, with similar amounts. */
  FAN_OUT,
  /** One source splits money over intermediates that all pay the same sink. */
  SCATTER_GATHER,
  /** Many into one hub that pays many out again. */
  GATHER_SCATTER,
  /** Money returning to where it started through a chain of accounts. */
  CYCLE,
  /** A group of payers each paying the same group of payees (AMLSim's bipartite and stack). */
  BIPARTITE,
  /** Money handed on hop after hop, each within minutes of arriving. */
  LAYERING_CHAIN,
  /** An account that passes on what it receives within minutes and keeps nearly nothing. */
  RAPID_PASS_THROUGH,
  /** Many cash withdrawals in a short time, often in several cities. */
  CASH_CLUSTER,
  /** Accounts sharing a device, IP address or phone. */
  SHARED_IDENTIFIER,
  /** An account trading with accounts that score high themselves. */
  RISKY_COUNTERPARTIES;

  /** The name used in JSON, settings and the message bundle. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
