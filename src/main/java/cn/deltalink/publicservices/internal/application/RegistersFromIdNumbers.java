package cn.deltalink.publicservices.internal.application;

import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.region.AgencyCode;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Households while this node has no population register: the household's province is taken from the
 * ID number's address code, nobody is known to be registered elsewhere, and the register changes of
 * a transfer's legs are only logged.
 */
@Component
class RegistersFromIdNumbers implements Households {

  private static final Logger log = LoggerFactory.getLogger(RegistersFromIdNumbers.class);

  @Override
  public Optional<String> registeredHere(ResidentIdNumber id) {
    return Optional.empty();
  }

  @Override
  public List<String> registeredElsewhere(ResidentIdNumber id, String purpose, AgencyCode askingAgency) {
    return List.of();
  }

  @Override
  public void moveOut(ResidentIdNumber id, String toProvince, String reference) {
    log.info("Transfer {}: moved out to province {} (no population register on this node)", reference, toProvince);
  }

  @Override
  public void registerIn(Applicant applicant, String reference) {
    log.info("Transfer {}: registered here (no population register on this node)", reference);
  }
}
