package cn.deltalink.publicservices.internal.application;

import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.publicservices.internal.catalogue.ServiceCatalogue;
import cn.deltalink.publicservices.internal.catalogue.ServiceItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The output of an approved application: where the item gives a certificate, the competent node issues
 * it and sends the PDF to the other nodes involved, so that the intake window prints it even while
 * the issuer is away. Anyone verifies it at any node against the issuer's key.
 */
@Component
public class Certifying implements MessageHandler {

  public static final String ISSUED = "publicservices.certificate-issued";

  /** {@code publicservices.certificate-issued}: the PDF of an application's certificate. */
  public record CertificateIssued(TrackingNumber trackingNumber, String code, byte[] pdf, Instant issuedAt, String issuerNode) {}

  private final CertificateOffice office;
  private final ServiceCatalogue catalogue;
  private final Applications applications;
  private final Routing routing;
  private final ApplicationMessages messages;
  private final Replicas replicas;

  Certifying(CertificateOffice office, ServiceCatalogue catalogue, Applications applications, Routing routing, ApplicationMessages messages, Replicas replicas) {
    this.office = office;
    this.catalogue = catalogue;
    this.applications = applications;
    this.routing = routing;
    this.messages = messages;
    this.replicas = replicas;
  }

  /** Issues the certificate of a newly approved application, if its item gives one; answers the application with the code. */
  Application certify(Application approved) {
    ServiceItem item = catalogue.find(approved.item(), approved.subtype()).orElse(null);
    if (item == null || !item.output().certificate() || approved.certificateCode() != null) {
      return approved;
    }
    Optional<CertificateOffice.Issued> issued = office.issue(approved, item);
    if (issued.isEmpty()) {
      return approved;
    }
    CertificateOffice.Issued c = issued.get();
    applications.save(approved);
    applications.keepCertificate(approved.trackingNumber(), c.code(), c.pdf(), c.issuedAt(), c.issuerNode());
    routing.send(ISSUED, approved.nodes(), new CertificateIssued(approved.trackingNumber(), c.code(), c.pdf(), c.issuedAt(), c.issuerNode()), replicas.department());
    return approved.withCertificate(c.code());
  }

  @Override
  public String type() {
    return ISSUED;
  }

  @Override
  public void handle(ReceivedMessage message) {
    CertificateIssued issued = messages.read(message.payloadJson(), CertificateIssued.class);
    Application application = applications.find(issued.trackingNumber())
        .orElseThrow(() -> new IllegalArgumentException("No application " + issued.trackingNumber() + " here for its certificate"));
    if (!application.competentNode().equals(message.senderNode().value()) || !issued.issuerNode().equals(application.competentNode())) {
      throw new IllegalArgumentException("Only the competent node of " + issued.trackingNumber() + " sends its certificate");
    }
    applications.keepCertificate(issued.trackingNumber(), issued.code(), issued.pdf(), issued.issuedAt(), issued.issuerNode());
  }

}
