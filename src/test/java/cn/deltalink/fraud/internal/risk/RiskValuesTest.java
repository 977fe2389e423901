package cn.deltalink.fraud.internal.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.fraud.RiskType;
import cn.deltalink.identity.AddressCodes;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each kind of risk value: one written form however it is typed, and the rule named when it is broken. */
class RiskValuesTest {

  private static final Set<String> CODES = Set.of("320613", "330782");

  private final RiskValues values =
      new RiskValues(
          new AddressCodes() {
            @Override
            public boolean isKnown(String code) {
              return CODES.contains(code);
            }

            @Override
            public Optional<String> fullName(String code) {
              return Optional.empty();
            }

            @Override
            public Optional<String> lastRevision(String code) {
              return Optional.empty();
            }

            @Override
            public int size() {
              return CODES.size();
            }
          });

  @Test
  void phonesAreWrittenAsBareDigitsAndInternationalNumbersKeepTheirPlus() {
    assertThat(values.normalise(RiskType.PHONE, "+86 138-1234-5678")).isEqualTo("13812345678");
    assertThat(values.normalise(RiskType.PHONE, "021-6123 4567")).isEqualTo("02161234567");
    assertThat(values.normalise(RiskType.PHONE, "0085 2 1234 5678")).isEqualTo("+85212345678");
    assertThat(values.normalise(RiskType.PHONE, "95588")).isEqualTo("95588");
    assertThatThrownBy(() -> values.normalise(RiskType.PHONE, "1234567")).hasMessageContaining("phone").hasMessageContaining("11 digits");
  }

  @Test
  void cardsAndUnionPayAccountsPassTheLuhnCheck() {
    assertThat(values.normalise(RiskType.BANK_CARD, "6222 0202 0011 2233 446")).isEqualTo("6222020200112233446");
    assertThatThrownBy(() -> values.normalise(RiskType.BANK_CARD, "6222020200112233447")).hasMessageContaining("Luhn");
    assertThatThrownBy(() -> values.normalise(RiskType.BANK_ACCOUNT, "6222020200112233447")).hasMessageContaining("Luhn");
    assertThat(values.normalise(RiskType.BANK_ACCOUNT, "3201-0000-1234-5678-9")).isEqualTo("32010000123456789");
    assertThat(values.account("alipay:Zh_refund01")).isEqualTo(new RiskValues.Typed(RiskType.PAYMENT_ACCOUNT, "alipay:Zh_refund01"));
    assertThat(values.account("6222020200112233446").type()).isEqualTo(RiskType.BANK_CARD);
  }

  @Test
  void addressesDevicesSitesAndPaymentAccountsHaveTheirOwnRules() {
    assertThat(values.normalise(RiskType.IP_ADDRESS, "203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(values.normalise(RiskType.IP_ADDRESS, "2001:DB8:0:0::1")).isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThatThrownBy(() -> values.normalise(RiskType.IP_ADDRESS, "203.0.113.07")).hasMessageContaining("leading zeros");
    assertThatThrownBy(() -> values.normalise(RiskType.IP_ADDRESS, "example.com")).hasMessageContaining("IPv4");
    assertThat(values.normalise(RiskType.DEVICE_ID, "aa:bb:cc:dd:ee:ff")).isEqualTo("AA:BB:CC:DD:EE:FF");
    assertThatThrownBy(() -> values.normalise(RiskType.DEVICE_ID, "490154203237519")).hasMessageContaining("IMEI");
    assertThat(values.normalise(RiskType.DEVICE_ID, "490154203237518")).isEqualTo("490154203237518");
    assertThat(values.normalise(RiskType.URL, "HTTPS://Pay-Refund.Example.com:8443/login/?x=1")).isEqualTo("pay-refund.example.com/login");
    assertThat(values.lookupKeys(RiskType.URL, "a.pay-refund.example.com/login")).containsExactly("a.pay-refund.example.com/login", "a.pay-refund.example.com", "pay-refund.example.com",
        "example.com");
    assertThatThrownBy(() -> values.normalise(RiskType.URL, "ftp://example.com")).hasMessageContaining("http");
    assertThatThrownBy(() -> values.normalise(RiskType.URL, "example.c0m")).hasMessageContaining("top-level domain");
    assertThatThrownBy(() -> values.normalise(RiskType.URL, "-bad-.com")).hasMessageStartingWith("url: ");
    assertThatThrownBy(() -> values.normalise(RiskType.PAYMENT_ACCOUNT, "bitbank:abc123")).hasMessageContaining("platform is one of");
    assertThat(values.normalise(RiskType.APP, "com.kuaidai.xiaoe")).isEqualTo("com.kuaidai.xiaoe");
    assertThatThrownBy(() -> values.normalise(RiskType.APP, "com.1kuaidai.app")).hasMessageContaining("starts with a letter");
  }

  @Test
  void personsAreResidentIdNumbersWithAKnownAddressCode() {
    assertThatThrownBy(() -> values.normalise(RiskType.PERSON, "110105194912310020")).hasMessageContaining("address code");
  }
}
