package cn.deltalink.exchange;

/** What the receiver may do with a message, after Europol SIENA's handling codes. */
public enum HandlingCode {
  /** Only for the purpose of preventing and combating crime. */
  H0,
  /** Not to be used as evidence in court without the sender's permission. */
  H1,
  /** Not to be passed on (forwarded) without the sender's permission. */
  H2,
  /** Further restrictions stated in the message. */
  H3
}
