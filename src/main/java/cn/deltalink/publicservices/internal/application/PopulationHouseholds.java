package cn.deltalink.publicservices.internal.application;

import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.population.PopulationRegister;
import cn.deltalink.population.Resident;
import cn.deltalink.population.ResidentStatus;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyCode;
import cn.deltalink.region.AgencyKind;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Households from this node's population register: who is registered here, who elsewhere (the
 * hit/no-hit query), and the register changes of a transfer's legs. A person registered here
 * before (moved out, now coming back) who is registered again counts as registered.
 */
@Component
class PopulationHouseholds implements Households {

  private final PopulationRegister register;
  private final Agencies agencies;
  private final Routing routing;

  PopulationHouseholds(PopulationRegister register, Agencies agencies, Routing routing) {
    this.register = register;
    this.agencies = agencies;
    this.routing = routing;
  }

  @Override
  public Optional<String> registeredHere(ResidentIdNumber id) {
    return register.find(id).filter(r -> r.status() == ResidentStatus.ACTIVE).map(r -> routing.provinceOf(routing.self()));
  }

  @Override
  public List<String> registeredElsewhere(ResidentIdNumber id, String purpose, AgencyCode askingAgency) {
    return register.registeredElsewhere(id, purpose, askingAgency).stream().map(NodeId::value).toList();
  }

  /**
   * Checked here first: the register refuses someone it does not hold now by throwing inside its
   * transaction, which would take the caller's transaction down with it.
   */
  @Override
  public void moveOut(ResidentIdNumber id, String toProvince, String reference) {
    if (register.find(id).filter(r -> r.status() == ResidentStatus.ACTIVE).isEmpty()) {
      throw RequestRefused.conflict("the person is not registered here now");
    }
    register.moveOut(id, toProvince, reference);
  }

  /**
   * Registers the person at the destination: at the address the application names
   * ({@code details.toDivision}, a county of this province), else at the first county of the
   * province; the household number is the transfer's tracking number's random part.
   */
  @Override
  public void registerIn(Applicant applicant, String reference, java.util.Map<String, String> details) {
    ResidentIdNumber id = new ResidentIdNumber(applicant.residentId());
    String province = routing.provinceOf(routing.self());
    String division = details.getOrDefault("toDivision", "");
    if (!division.matches("\\d{6}") || !division.startsWith(province)) {
      division = agencies.within(province, AgencyKind.COUNTY_BUREAU).stream().map(Agency::divisionCode).findFirst().orElse(province + "0000");
    }
    Resident resident =
        new Resident(id, applicant.name(), id.gender() == ResidentIdNumber.Gender.MALE ? Resident.MALE : Resident.FEMALE, id.birthDate(), division,
            reference.substring(reference.length() - 8), ResidentStatus.ACTIVE);
    if (register.find(id).filter(r -> r.status() == ResidentStatus.ACTIVE).isPresent()) {
      return; // registered here already: nothing to do
    }
    register.registerIn(resident, reference);
  }
}
