package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.rule;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A site: a domain (example.com) or a web address (http or https). The value is the lower-case host
 * followed by the path, without scheme, port, query or trailing slash, so that one phishing page is
 * one value however it was typed; {@link #host()} lets a domain entry cover every page on it.
 */
record WebAddress(String value) {

  WebAddress {
    value = canonical(value.strip());
  }

  String host() {
    int slash = value.indexOf('/');
    return slash < 0 ? value : value.substring(0, slash);
  }

  /** The host and every parent domain of it down to the registrable two labels, most specific first. */
  List<String> domains() {
    List<String> out = new ArrayList<>();
    String h = host();
    out.add(h);
    if (h.matches("[0-9.]+") || h.contains(":")) {
      return out;
    }
    int dot;
    while ((dot = h.indexOf('.')) >= 0 && h.indexOf('.', dot + 1) >= 0) {
      h = h.substring(dot + 1);
      out.add(h);
    }
    return out;
  }

  private static String canonical(String raw) {
    if (raw.isEmpty() || raw.length() > 500 || raw.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw rule("fraud.refused.url");
    }
    String text = raw.contains("://") ? raw : "http://" + raw;
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw rule("fraud.refused.url.syntax", clip(raw));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw rule("fraud.refused.url.scheme");
    }
    String host = uri.getHost();
    if (host == null) {
      throw rule("fraud.refused.url.host", clip(raw));
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (!host.matches("[0-9.]+")) {
      requireDomain(host);
    } else {
      new IpAddress(host);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return host + path;
  }

  private static void requireDomain(String host) {
    if (host.length() > 253) {
      throw rule("fraud.refused.domain.long");
    }
    String[] labels = host.split("\\.", -1);
    if (labels.length < 2) {
      throw rule("fraud.refused.domain.labels");
    }
    for (String label : labels) {
      if (!label.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")) {
        throw rule("fraud.refused.domain.label", clip(label));
      }
    }
    String top = labels[labels.length - 1];
    if (!top.matches("[a-z]{2,63}") && !top.startsWith("xn--")) {
      throw rule("fraud.refused.domain.top", clip(top));
    }
  }

  private static String clip(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
