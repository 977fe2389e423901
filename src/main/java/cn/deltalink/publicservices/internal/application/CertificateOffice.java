package cn.deltalink.publicservices.internal.application;

import cn.deltalink.publicservices.internal.catalogue.ServiceItem;
import java.time.Instant;
import java.util.Optional;

/** Issues the e-certificate of an approved application at the competent node (signed with its key, with a QR code). */
public interface CertificateOffice {

  /** An issued certificate: its code, the PDF, when, by which node. */
  record Issued(String code, byte[] pdf, Instant issuedAt, String issuerNode) {}

  /** The certificate of the approved application, or empty where this node cannot issue certificates. */
  Optional<Issued> issue(Application approved, ServiceItem item);
}
