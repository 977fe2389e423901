package cn.deltalink.certificate.internal.issuing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One certificate in the region's index, as its issuer signed it. The signature covers every field
 * but itself, so a replica changed in a database (a revocation undone, another file's digest) fails
 * the check against the issuer's key from the member directory.
 *
 * @param pdfSm3 the SM3 digest (hex) of the PDF's exact bytes: any changed or missing byte differs
 * @param status {@code valid} or {@code revoked}
 * @param version 1 at issue, 2 after a revocation (the shared register's entry version)
 */
public record IndexEntry(
    String code,
    String issuerNode,
    String kind,
    String titleZh,
    String titleEn,
    String holderMasked,
    Instant issuedAt,
    String pdfSm3,
    String status,
    @Nullable Instant revokedAt,
    @Nullable String revocationReason,
    long version,
    String signature) {

  public static final String VALID = "valid";
  public static final String REVOKED = "revoked";

  public IndexEntry {
    if (!status.equals(VALID) && !status.equals(REVOKED)) {
      throw new IllegalArgumentException("status is valid or revoked, not " + status);
    }
    if (!pdfSm3.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("pdfSm3 is 64 hex digits");
    }
  }

  /** The text the issuer signs: one field per line, in a fixed order, labelled so no field can pass for another. */
  public byte[] signedText() {
    String text =
        "deltalink-certificate-index-v1\n"
            + "code:" + code + "\n"
            + "issuer:" + issuerNode + "\n"
            + "kind:" + kind + "\n"
            + "titleZh:" + titleZh + "\n"
            + "titleEn:" + titleEn + "\n"
            + "holder:" + holderMasked + "\n"
            + "issuedAt:" + issuedAt + "\n"
            + "pdfSm3:" + pdfSm3 + "\n"
            + "status:" + status + "\n"
            + "revokedAt:" + (revokedAt == null ? "" : revokedAt.toString()) + "\n"
            + "reason:" + (revocationReason == null ? "" : revocationReason.replace('\n', ' ')) + "\n"
            + "version:" + version + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public IndexEntry signed(String newSignature) {
    return new IndexEntry(code, issuerNode, kind, titleZh, titleEn, holderMasked, issuedAt, pdfSm3, status, revokedAt, revocationReason, version, newSignature);
  }

  public IndexEntry revoked(Instant at, String reason) {
    return new IndexEntry(code, issuerNode, kind, titleZh, titleEn, holderMasked, issuedAt, pdfSm3, REVOKED, at, reason, version + 1, "");
  }
}
