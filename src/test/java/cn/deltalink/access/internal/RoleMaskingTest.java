package cn.deltalink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import cn.deltalink.access.Role;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleMaskingTest {

  private static final String ID = "32010219900307123X";
  private static final String MASKED_ID = "320102********123X";

  private static Masking maskingFor(Role... roles) {
    Officer officer = new Officer("someone", "某人", "320000000000", "320000", Set.of(roles));
    CurrentOfficer signedIn = () -> Optional.of(officer);
    return new RoleMasking(signedIn);
  }

  @Test
  void investigatorSeesTheFullIdNumberWhenStatingAPurpose() {
    assertThat(maskingFor(Role.INVESTIGATOR).show(PersonalField.RESIDENT_ID, ID, "案件 2026-031 协查")).isEqualTo(ID);
  }

  @Test
  void investigatorSeesItMaskedWithoutAPurpose() {
    assertThat(maskingFor(Role.INVESTIGATOR).show(PersonalField.RESIDENT_ID, ID, " ")).isEqualTo(MASKED_ID);
  }

  @Test
  void windowClerkReviewerAndCheckpointOfficerSeeFullIdNumbersWithAPurpose() {
    for (Role role : new Role[] {Role.WINDOW_CLERK, Role.REVIEWING_OFFICER, Role.CHECKPOINT_OFFICER}) {
      assertThat(maskingFor(role).show(PersonalField.RESIDENT_ID, ID, "办理户口迁移")).as(role.name()).isEqualTo(ID);
    }
  }

  @Test
  void auditorSupervisorAndAdministratorSeeIdNumbersMaskedWhateverThePurpose() {
    for (Role role : new Role[] {Role.AUDITOR, Role.SUPERVISOR, Role.ADMINISTRATOR, Role.DUTY_OFFICER}) {
      assertThat(maskingFor(role).show(PersonalField.RESIDENT_ID, ID, "检查")).as(role.name()).isEqualTo(MASKED_ID);
      assertThat(maskingFor(role).mayUnmask(PersonalField.RESIDENT_ID)).as(role.name()).isFalse();
    }
  }

  @Test
  void fraudAnalystSeesBankCardsButNotIdNumbers() {
    Masking analyst = maskingFor(Role.FRAUD_ANALYST);
    assertThat(analyst.show(PersonalField.BANK_CARD, "6222021234561234", "涉诈账户研判")).isEqualTo("6222021234561234");
    assertThat(analyst.show(PersonalField.RESIDENT_ID, ID, "涉诈账户研判")).isEqualTo(MASKED_ID);
  }

  @Test
  void oneRoleThatNeedsTheFieldIsEnough() {
    assertThat(maskingFor(Role.SUPERVISOR, Role.INVESTIGATOR).show(PersonalField.MOBILE, "13812345678", "核实")).isEqualTo("13812345678");
  }

  @Test
  void nobodySignedInSeesEverythingMasked() {
    Masking anonymous = new RoleMasking(Optional::empty);
    assertThat(anonymous.show(PersonalField.MOBILE, "13812345678", "核实")).isEqualTo("138****5678");
  }
}
