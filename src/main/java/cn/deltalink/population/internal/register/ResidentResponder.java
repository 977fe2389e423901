package cn.deltalink.population.internal.register;

import cn.deltalink.exchange.QueryResponder;
import cn.deltalink.identity.InvalidIdentifier;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyCode;
import cn.deltalink.region.AgencyKind;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Answers other nodes' {@code population.resident} query: "registered here now" or not, and on a hit
 * the county bureau of the household's address (the agency a follow-up request goes to), never the
 * record. A 15-digit number is looked up as its 18-character form.
 */
@Component
class ResidentResponder implements QueryResponder {

  private final ResidentRows rows;
  private final Agencies agencies;
  private final NodeSettings node;

  ResidentResponder(ResidentRows rows, Agencies agencies, NodeSettings node) {
    this.rows = rows;
    this.agencies = agencies;
    this.node = node;
  }

  @Override
  public String type() {
    return RegisterOfResidents.QUERY_TYPE;
  }

  @Override
  public HitAnswer answer(HitQuery query) {
    String id;
    try {
      id = ResidentIds.parse(query.identifier()).value();
    } catch (InvalidIdentifier e) {
      return HitAnswer.noHit();
    }
    return rows.find(id)
        .filter(r -> r.status() == cn.deltalink.population.ResidentStatus.ACTIVE)
        .map(r -> new HitAnswer(true, AgencyCode.of(owningAgency(r.householdAddressCode()))))
        .orElseGet(HitAnswer::noHit);
  }

  /** The county bureau of the household's county, else the provincial department. */
  private String owningAgency(String addressCode) {
    List<Agency> county = agencies.within(addressCode.substring(0, 6), AgencyKind.COUNTY_BUREAU);
    return county.isEmpty() ? agencies.provincialDepartment(node.province()).code() : county.get(0).code();
  }
}
