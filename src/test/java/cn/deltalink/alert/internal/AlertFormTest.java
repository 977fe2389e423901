package cn.deltalink.alert.internal;

import cn.deltalink.identity.AddressCodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.alert.ActionOnHit;
import cn.deltalink.alert.AlertCategory;
import cn.deltalink.alert.AlertState;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.alert.WarningMarker;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules an alert carries, checked without Spring. */
class AlertFormTest {

  @Test
  void aPersonAlertTakesBirthDateAndSexFromTheIdNumberAndTheCategorysAction() {
    AlertForm.Fields f = person("11010519491231002X", null, null);
    assertThat(f.person().birthDate()).hasToString("1949-12-31");
    assertThat(f.person().sex()).hasToString("FEMALE");
    assertThat(f.actionOnHit()).isEqualTo(ActionOnHit.ARREST);
    assertThat(f.category()).isEqualTo(AlertCategory.WANTED_FOR_ARREST);
    assertThat(f.warningMarkers()).containsExactly(WarningMarker.ESCAPE_RISK);
  }

  @Test
  void identifiersThatBreakTheirRulesAreRefusedNamingTheRule() {
    assertThatThrownBy(() -> person("110105194912310021", null, null)).hasMessageContaining("person.residentId").hasMessageContaining("resident-id.check-character");
    assertThatThrownBy(() -> person("11010519491231002X", "1950-01-01", null)).hasMessageContaining("does not agree");
    assertThatThrownBy(() -> person("11010519491231002X", null, "male")).hasMessageContaining("does not agree");
    assertThatThrownBy(() -> AlertForm.fields(CODES, "vehicle", "stolen", null, new AlertJson.Vehicle("苏AO1234", null), null, "r", null, null, null, null, "2099-01-01", null, null))
        .hasMessageContaining("plate.letter-io");
    assertThatThrownBy(() -> AlertForm.fields(CODES, "vehicle", "missing", null, new AlertJson.Vehicle("苏A01234", null), null, "r", null, null, null, null, "2099-01-01", null, null))
        .hasMessageContaining("category");
    assertThatThrownBy(() -> AlertForm.fields(CODES, "person", "missing", null, new AlertJson.Vehicle("苏A01234", null), null, "r", null, null, null, null, "2099-01-01", null, null))
        .hasMessageContaining("person");
  }

  @Test
  void aVersionMovesThroughTheLifecycleAndAWithdrawnAlertNeverHits() {
    AlertForm.Fields f = person("11010519491231002X", null, null);
    WantedAlert draft =
        new WantedAlert(UUID.randomUUID(), 0, "ZJ", "330000000000", AlertState.DRAFT, f.category(), f.person(), null, null, f.reason(), null, f.warningMarkers(), f.actionOnHit(),
            f.handlingCode(), f.validUntil(), null, null, List.of(), null, null, Instant.now());
    WantedAlert published = draft.published(Instant.now());
    WantedAlert amended = published.amendedTo(published, Instant.now());
    WantedAlert withdrawn = amended.withdrawn(WantedAlert.Withdrawal.ARRESTED, Instant.now());
    assertThat(List.of(published.version(), amended.version(), withdrawn.version())).containsExactly(1L, 2L, 3L);
    assertThat(amended.state()).isEqualTo(AlertState.AMENDED);
    assertThat(published.activeOn(java.time.LocalDate.now())).isTrue();
    assertThat(withdrawn.activeOn(java.time.LocalDate.now())).isFalse();
    assertThatThrownBy(() -> withdrawn.withdrawn(WantedAlert.Withdrawal.CANCELLED, Instant.now())).isInstanceOf(IllegalStateException.class);
  }

  /** The division codes of the numbers used here, as the region module would hand them in. */
  private static final AddressCodes CODES =
      new AddressCodes() {
        @Override
        public boolean isKnown(String code) {
          return code.equals("110105");
        }

        @Override
        public java.util.Optional<String> fullName(String code) {
          return isKnown(code) ? java.util.Optional.of("北京市朝阳区") : java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<String> lastRevision(String code) {
          return java.util.Optional.empty();
        }

        @Override
        public int size() {
          return 1;
        }
      };

  private static AlertForm.Fields person(String id, String birthDate, String sex) {
    return AlertForm.fields(CODES, "person", "wanted", new AlertJson.Person(id, "王芳", List.of(), sex, birthDate), null, null, "在逃", null, List.of("escape-risk"), null, "H1", "2099-01-01", null, null);
  }
}
