package cn.deltalink.identity;

import java.util.Map;
import java.util.Optional;

/**
 * A handful of division codes for the identity tests, as a module that checks identifiers would hand
 * them in. The national table itself is the region module's and is tested there ({@code
 * AddressCodeTableTest}).
 */
final class SomeAddressCodes implements AddressCodes {

  private static final Map<String, String> CURRENT =
      Map.of(
          "110105", "北京市朝阳区",
          "320102", "江苏省南京市玄武区",
          "330106", "浙江省杭州市西湖区",
          "350100", "福建省福州市",
          "429004", "湖北省仙桃市",
          "320614", "江苏省南通市海门区");

  /** 海门市 became 海门区 (320614) in 2020; IDs issued before keep 320684. */
  private static final Map<String, String> RETIRED = Map.of("320684", "江苏省南通市海门市");

  static AddressCodes sample() {
    return new SomeAddressCodes();
  }

  @Override
  public boolean isKnown(String code) {
    return CURRENT.containsKey(code) || RETIRED.containsKey(code);
  }

  @Override
  public Optional<String> fullName(String code) {
    return Optional.ofNullable(CURRENT.getOrDefault(code, RETIRED.get(code)));
  }

  @Override
  public Optional<String> lastRevision(String code) {
    return RETIRED.containsKey(code) ? Optional.of("2016-07") : Optional.empty();
  }

  @Override
  public int size() {
    return CURRENT.size() + RETIRED.size();
  }
}
