package cn.deltalink.casework.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A case moves only along its allowed transitions, and a closed case takes no more. */
class CaseStateTest {

  @Test
  void aRegisteredCaseIsInvestigatedBeforeItIsSolved() {
    assertThat(CaseState.REGISTERED.mayMoveTo(CaseState.INVESTIGATING)).isTrue();
    assertThat(CaseState.REGISTERED.mayMoveTo(CaseState.SOLVED)).isFalse();
    assertThat(CaseState.SOLVED.mayMoveTo(CaseState.TRANSFERRED)).isTrue();
    assertThat(CaseState.SUSPENDED.mayMoveTo(CaseState.INVESTIGATING)).isTrue();
  }

  @Test
  void aClosedCaseGoesNowhere() {
    assertThat(CaseState.CLOSED.next()).isEmpty();
    assertThat(CaseState.CLOSED.open()).isFalse();
  }
}
