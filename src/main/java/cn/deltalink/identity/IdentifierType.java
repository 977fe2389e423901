package cn.deltalink.identity;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of identifier the node checks, with the code the API and the page use for each. */
public enum IdentifierType {
  RESIDENT_ID("resident-id"),
  CREDIT_CODE("credit-code"),
  PLATE("plate"),
  MOBILE("mobile"),
  BANK_CARD("bank-card"),
  NAME("name");

  private final String code;

  IdentifierType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<IdentifierType> ofCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }

  /** The codes, comma separated, for messages that list them. */
  public static String codes() {
    return Arrays.stream(values()).map(IdentifierType::code).collect(Collectors.joining(", "));
  }
}
