package cn.deltalink.certificate;

import java.util.List;
import java.util.Objects;

/**
 * What a certificate says: its kind (e.g. {@code household-certificate}), its title in both languages,
 * the holder, labelled lines, and the reference it was issued under (the application's tracking
 * number).
 */
public record CertificateRequest(
    String kind,
    String titleZh,
    String titleEn,
    String holderName,
    String holderResidentId,
    List<CertificateRequest.Line> lines,
    String reference) {

  /** The most lines one page holds. */
  public static final int MAX_LINES = 20;

  public CertificateRequest {
    kind = text(kind, "kind", 40);
    if (!kind.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("kind is lower-case letters, digits and hyphens, e.g. household-certificate");
    }
    titleZh = text(titleZh, "titleZh", 60);
    titleEn = text(titleEn, "titleEn", 120);
    holderName = text(holderName, "holderName", 64);
    holderResidentId = text(holderResidentId, "holderResidentId", 18);
    reference = text(reference, "reference", 64);
    lines = List.copyOf(Objects.requireNonNullElse(lines, List.of()));
    if (lines.size() > MAX_LINES) {
      throw new IllegalArgumentException("a certificate has at most " + MAX_LINES + " lines");
    }
  }

  /** One labelled line of the certificate, e.g. 迁入地 / Moving to / 上海市黄浦区. */
  public record Line(String labelZh, String labelEn, String value) {
    public Line {
      labelZh = text(labelZh, "labelZh", 30);
      labelEn = text(labelEn, "labelEn", 60);
      value = text(value, "value", 200);
    }
  }

  static String text(String value, String field, int max) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty() || v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(field + " is 1-" + max + " characters without control characters");
    }
    return v;
  }
}
