package cn.deltalink.certificate;

import java.util.Optional;

/**
 * Issues and revokes this node's e-certificates. {@link #issue} and {@link #revoke} run in the
 * caller's transaction when there is one, so a certificate exists exactly when the application that
 * issued it was decided; the index entry reaches every node through the exchange.
 */
public interface Certificates {

  /** Renders, signs and records a certificate; fails with {@link IllegalArgumentException} for an invalid request. */
  IssuedCertificate issue(CertificateRequest request);

  /** A certificate this node issued, by its code. */
  Optional<IssuedCertificate> find(String code);

  /**
   * Revokes a certificate this node issued, at every node. Fails with
   * {@link cn.deltalink.platform.RequestRefused} (404) for a code not issued here, (409) when it is
   * revoked already.
   */
  void revoke(String code, String reason);

  /** Checks a certificate by its code, at this node's copy of the region's index. */
  Verification verifyCode(String code);

  /** Checks a certificate file: its code is read from it and its bytes compared with the signed digest. */
  Verification verifyPdf(byte[] pdf);
}
