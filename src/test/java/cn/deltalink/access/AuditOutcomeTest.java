package cn.deltalink.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditOutcomeTest {

  @Test
  void theStoredTextBeginsWithTheKindsWordAndReadsAsBefore() {
    assertThat(AuditOutcome.ok().text()).isEqualTo("ok");
    assertThat(AuditOutcome.denied("outside jurisdiction").text()).isEqualTo("denied: outside jurisdiction");
    assertThat(AuditOutcome.rejected(" name ").text()).isEqualTo("rejected: name");
    assertThat(AuditOutcome.failed("unknown officer").kind().word()).isEqualTo("failed");
  }

  @Test
  void aLongDetailIsCutSoThatTheTextFitsTheColumn() {
    AuditOutcome outcome = AuditOutcome.rejected("x".repeat(500));
    assertThat(outcome.detail()).hasSize(AuditOutcome.MAX_DETAIL);
    assertThat(outcome.text().length()).isLessThanOrEqualTo(128);
  }
}
