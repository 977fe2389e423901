package cn.deltalink.bulletin.internal;

import cn.deltalink.exchange.HandlingCode;

/** What each handling code (处置代码) asks of the receiver, in words for the API; pages use the message bundle. */
final class HandlingCodes {

  private HandlingCodes() {}

  static String meaning(HandlingCode code) {
    return switch (code) {
      case H0 -> "Only for preventing and combating crime; may be forwarded.";
      case H1 -> "Not to be used as evidence in court without the sender's permission; may be forwarded.";
      case H2 -> "Not to be passed on without the sender's permission: no forwarding.";
      case H3 -> "Further restrictions stated in the bulletin; no forwarding.";
    };
  }
}
