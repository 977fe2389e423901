package cn.deltalink.casework.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.alert.Residents;
import cn.deltalink.identity.AddressCodes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Entities are checked with the identity rules, and a refusal names the field and the rule it breaks. */
class EntityValidationTest {

  /** A few division codes of our own, as identity's tests hand in theirs. */
  private static final AddressCodes CODES =
      new AddressCodes() {
        private final Set<String> known = Set.of("320612", "330782", "320505");

        @Override
        public boolean isKnown(String code) {
          return known.contains(code);
        }

        @Override
        public Optional<String> fullName(String code) {
          return isKnown(code) ? Optional.of("江苏省南通市通州区") : Optional.empty();
        }

        @Override
        public Optional<String> lastRevision(String code) {
          return Optional.empty();
        }

        @Override
        public int size() {
          return known.size();
        }
      };

  private final EntityValidation validation = new EntityValidation(CODES, Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void aPersonWithAValidIdGetsSexAndBirthDateFromItAndPhonesOfTheirOwn() {
    String id = Residents.residentId("330782", LocalDate.of(1991, 3, 5), 108, true);
    ValidEntity person = validation.validate(new EntityRequest("person", null, id, "周建华", null, null, List.of("139 5791 2604"), null, null, null, null, null, null));
    assertThat(person.key()).isEqualTo(id);
    assertThat(person.details()).containsEntry("sex", "male").containsEntry("birthDate", "1991-03-05");
    assertThat(person.phones()).containsExactly("13957912604");
  }

  @Test
  void aSexThatDisagreesWithTheIdIsRefusedWithItsRule() {
    String id = Residents.residentId("330782", LocalDate.of(1991, 3, 5), 108, true);
    assertThatThrownBy(() -> validation.validate(new EntityRequest("person", null, id, "周建华", "female", null, null, null, null, null, null, null, null)))
        .isInstanceOf(EntityRejected.class)
        .hasMessageContaining("person.sex-disagrees");
  }

  @Test
  void identifiersAreRefusedWithTheRuleTheyBreak() {
    assertThat(rule(EntityRequest.of("phone", "1234"))).startsWith("mobile.");
    assertThat(rule(EntityRequest.of("bank-card", "6222021234567890124"))).isEqualTo("bank-card.luhn");
    assertThat(rule(EntityRequest.of("vehicle", "X12345"))).startsWith("plate.");
    assertThat(rule(EntityRequest.of("spaceship", "1"))).isEqualTo("entity.type");
    assertThat(rule(new EntityRequest("address", "人民路1号", null, null, null, null, null, null, null, null, "999999", null, null))).isEqualTo("address.division-unknown");
    assertThat(rule(new EntityRequest("payment-account", "ab", null, null, null, null, null, null, "alipay", null, null, null, null))).isEqualTo("payment-account.form");
  }

  @Test
  void aPaymentAccountIsKeyedByProviderAndAccount() {
    ValidEntity account = validation.validate(new EntityRequest("payment-account", "13957912604", null, null, null, null, null, null, "alipay", null, null, null, null));
    assertThat(account.key()).isEqualTo("alipay:13957912604");
  }

  private String rule(EntityRequest request) {
    try {
      validation.validate(request);
      return "accepted";
    } catch (EntityRejected e) {
      return e.rule();
    }
  }
}
