package cn.deltalink.publicservices.internal.application;

import cn.deltalink.publicservices.internal.catalogue.ServiceItem;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A node without the certificate module issues no certificates: the application is approved with its status only. */
@Component
class NoCertificates implements CertificateOffice {

  @Override
  public Optional<Issued> issue(Application approved, ServiceItem item) {
    return Optional.empty();
  }
}
