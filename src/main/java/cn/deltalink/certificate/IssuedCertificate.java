package cn.deltalink.certificate;

import java.time.Instant;

/**
 * A certificate as issued: its code (printed and in the QR code), the signed PDF, when and by which
 * node. The PDF is the signed object: any changed byte makes it {@code tampered}.
 */
public record IssuedCertificate(String code, byte[] pdf, Instant issuedAt, String issuerNode) {

  public IssuedCertificate {
    pdf = pdf.clone();
  }

  @Override
  public byte[] pdf() {
    return pdf.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IssuedCertificate c && c.code.equals(code) && java.util.Arrays.equals(c.pdf, pdf) && c.issuedAt.equals(issuedAt) && c.issuerNode.equals(issuerNode);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return "IssuedCertificate[" + code + " by " + issuerNode + " at " + issuedAt + ", " + pdf.length + " bytes]";
  }
}
