package cn.deltalink.casework.internal.cases;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of entity a case records (涉案对象), by the code the API uses. */
public enum EntityType {
  PERSON("person"),
  PHONE("phone"),
  BANK_CARD("bank-card"),
  BANK_ACCOUNT("bank-account"),
  PAYMENT_ACCOUNT("payment-account"),
  VEHICLE("vehicle"),
  COMPANY("company"),
  ADDRESS("address");

  private final String code;

  EntityType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static EntityType parse(String code) {
    String c = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> t.code.equals(c))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("type is one of " + String.join(", ", Arrays.stream(values()).map(EntityType::code).toList())));
  }
}
