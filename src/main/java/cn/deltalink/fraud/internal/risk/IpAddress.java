package cn.deltalink.fraud.internal.risk;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** An IPv4 address in dotted decimal or an IPv6 address; the value is its canonical form. */
record IpAddress(String value) {

  IpAddress {
    value = canonical(value.strip());
  }

  private static String canonical(String v) {
    if (v.matches("[0-9.]+")) {
      String[] parts = v.split("\\.", -1);
      if (parts.length != 4) {
        throw new IllegalArgumentException("an IPv4 address has four numbers separated by dots");
      }
      for (String p : parts) {
        if (p.isEmpty() || p.length() > 3 || p.length() > 1 && p.startsWith("0") || Integer.parseInt(p) > 255) {
          throw new IllegalArgumentException("each number of an IPv4 address is 0 to 255 without leading zeros, not '" + p + "'");
        }
      }
      return v;
    }
    // only hexadecimal digits, colons and dots reach the parser, so it never asks a name server
    if (v.contains(":") && v.matches("[0-9A-Fa-f:.]{2,45}")) {
      try {
        return InetAddress.getByName(v).getHostAddress().toLowerCase(Locale.ROOT);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("'" + v + "' is not a valid IPv6 address");
      }
    }
    throw new IllegalArgumentException("an IP address is IPv4 (203.0.113.7) or IPv6 (2001:db8::1)");
  }
}
