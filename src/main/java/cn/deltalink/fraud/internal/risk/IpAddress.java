package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.rule;

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
        throw rule("fraud.refused.ip.parts");
      }
      for (String p : parts) {
        if (p.isEmpty() || p.length() > 3 || p.length() > 1 && p.startsWith("0") || Integer.parseInt(p) > 255) {
          throw rule("fraud.refused.ip.number", p);
        }
      }
      return v;
    }
    // only hexadecimal digits, colons and dots reach the parser, so it never asks a name server
    if (v.contains(":") && v.matches("[0-9A-Fa-f:.]{2,45}")) {
      try {
        return InetAddress.getByName(v).getHostAddress().toLowerCase(Locale.ROOT);
      } catch (UnknownHostException e) {
        throw rule("fraud.refused.ip.v6", v);
      }
    }
    throw rule("fraud.refused.ip");
  }
}
