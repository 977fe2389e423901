package cn.deltalink.publicservices.internal.application;

import cn.deltalink.certificate.CertificateRequest;
import cn.deltalink.certificate.Certificates;
import cn.deltalink.certificate.IssuedCertificate;
import cn.deltalink.publicservices.internal.catalogue.ServiceItem;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The certificate of an approved application, issued by this (the competent) node through the
 * certificate module: what was applied for, for whom, by which window, and the transfer's legs.
 */
@Component
class CertificatesOfApplications implements CertificateOffice {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(cn.deltalink.publicservices.internal.calendar.WorkingDays.CHINA);

  private final Certificates certificates;

  CertificatesOfApplications(Certificates certificates) {
    this.certificates = certificates;
  }

  @Override
  public Optional<Issued> issue(Application approved, ServiceItem item) {
    List<CertificateRequest.Line> lines = new ArrayList<>();
    lines.add(new CertificateRequest.Line("受理编号", "Tracking number", approved.trackingNumber().value()));
    lines.add(new CertificateRequest.Line("事项", "Service", item.nameZh()));
    lines.add(new CertificateRequest.Line("受理地", "Taken at", approved.intakeNode()));
    lines.add(new CertificateRequest.Line("办理地", "Decided at", approved.competentNode()));
    if (approved.originNode() != null) {
      lines.add(new CertificateRequest.Line("迁出地", "Moved out of", approved.originNode()));
      lines.add(new CertificateRequest.Line("迁入地", "Moved to", approved.details().getOrDefault("toAddress", approved.competentNode())));
    }
    String purpose = approved.details().get("purpose");
    if (purpose != null && !purpose.isBlank()) {
      lines.add(new CertificateRequest.Line("用途", "Purpose", purpose));
    }
    if (approved.decidedAt() != null) {
      lines.add(new CertificateRequest.Line("办结日期", "Decided on", DAY.format(approved.decidedAt())));
    }
    IssuedCertificate issued =
        certificates.issue(
            new CertificateRequest(item.item(), item.nameZh(), item.nameEn(), approved.applicant().name(), approved.applicant().residentId(), lines, approved.trackingNumber().value()));
    return Optional.of(new Issued(issued.code(), issued.pdf(), issued.issuedAt(), issued.issuerNode()));
  }
}
