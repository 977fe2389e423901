package cn.deltalink.access.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * When HTTP Basic (a password in every request) is accepted: over TLS, or in demo mode from the
 * node's own machine. Anywhere else the password would cross the network readable.
 */
final class BasicAuthenticationRule {

  private BasicAuthenticationRule() {}

  /** Why Basic is refused for this request, or empty when it is allowed. */
  static Optional<String> refusal(boolean secure, String remoteAddress, boolean demo) {
    if (secure) {
      return Optional.empty();
    }
    if (!demo) {
      return Optional.of("HTTP Basic is accepted only over HTTPS, because it sends the password with every request. Use HTTPS, or an API token (Authorization: Bearer dlk_...).");
    }
    if (isLoopback(remoteAddress)) {
      return Optional.empty();
    }
    return Optional.of("HTTP Basic without HTTPS is accepted only from this machine (loopback) in demo mode. Use HTTPS, or an API token (Authorization: Bearer dlk_...).");
  }

  /** Only IP literals are judged (the container gives the peer's address); a host name is never looked up. */
  static boolean isLoopback(String remoteAddress) {
    String address = remoteAddress.startsWith("[") && remoteAddress.endsWith("]") ? remoteAddress.substring(1, remoteAddress.length() - 1) : remoteAddress;
    if (!address.matches("[0-9.]+") && !address.matches("[0-9a-fA-F:.]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
