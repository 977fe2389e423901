package cn.deltalink.fraud.internal.warning;

import static cn.deltalink.fraud.internal.Refused.rule;

import cn.deltalink.exchange.Exchange;
import cn.deltalink.platform.NodeId;
import cn.deltalink.identity.AddressCodes;
import org.springframework.stereotype.Component;

/**
 * Finds the node that can act on an account: the account's branch division code (GB/T 2260) names
 * the province where it was opened, and the member directory names the node that serves the province.
 * Codes retired since 2002 count: a branch keeps the code it had when the account was opened.
 */
@Component
class BranchProvinces {

  private final AddressCodes codes;
  private final Exchange exchange;

  BranchProvinces(AddressCodes codes, Exchange exchange) {
    this.codes = codes;
    this.exchange = exchange;
  }

  /** The node of the branch's province; fails naming the reason when the code is unknown or no node serves it. */
  NodeId nodeFor(String branchDivisionCode) {
    if (!codes.isKnown(branchDivisionCode)) {
      throw rule("fraud.refused.warning.branchUnknown", branchDivisionCode);
    }
    String province = branchDivisionCode.substring(0, 2);
    return exchange.members().stream()
        .filter(m -> m.province().equals(province))
        .map(Exchange.Member::id)
        .findFirst()
        .orElseThrow(() -> rule("fraud.refused.warning.noNode", province, branchDivisionCode));
  }
}
