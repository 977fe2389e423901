package cn.deltalink.publicservices.internal.application;

import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.region.AgencyCode;
import java.util.List;
import java.util.Optional;

/**
 * What applications need of the population registers (户籍人口): where a person's household is, who
 * else has them registered, and the register changes of a transfer's legs.
 */
public interface Households {

  /** The province (two digits) whose register holds the person, if this node knows it from its own register. */
  Optional<String> registeredHere(ResidentIdNumber id);

  /** The other nodes that answer "registered here" to the hit/no-hit query (never the record). */
  List<String> registeredElsewhere(ResidentIdNumber id, String purpose, AgencyCode askingAgency);

  /** 迁出: the origin's register moves the person out to the destination province. */
  void moveOut(ResidentIdNumber id, String toProvince, String reference);

  /** 落户: the destination's register takes the person in, at the address the application's details name. */
  void registerIn(Applicant applicant, String reference, java.util.Map<String, String> details);
}
