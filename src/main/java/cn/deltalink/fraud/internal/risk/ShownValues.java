package cn.deltalink.fraud.internal.risk;

import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import cn.deltalink.fraud.RiskType;
import org.springframework.stereotype.Component;

/**
 * A risk entry's value as the current officer may see it: mobiles, cards, bank accounts and ID
 * numbers follow the access module's masking rules (in full for the roles whose work needs them,
 * under the database's purpose); sites, servers, devices and apps are not personal data and are shown.
 */
@Component
public class ShownValues {

  static final String PURPOSE = "涉诈风险研判";

  private final Masking masking;

  ShownValues(Masking masking) {
    this.masking = masking;
  }

  public String show(RiskType type, String value) {
    return switch (type) {
      case PHONE -> value.length() == 11 && value.startsWith("1") ? masking.show(PersonalField.MOBILE, value, PURPOSE) : value;
      case BANK_CARD, BANK_ACCOUNT -> value.length() >= 12 ? masking.show(PersonalField.BANK_CARD, value, PURPOSE) : value;
      case PERSON -> masking.show(PersonalField.RESIDENT_ID, value, PURPOSE);
      default -> value;
    };
  }
}
