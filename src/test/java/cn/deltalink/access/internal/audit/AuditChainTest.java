package cn.deltalink.access.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant AT = Instant.parse("2026-03-01T08:30:00.123456789Z");

  private static AuditEntry entry(long seq, String subject, String purpose) {
    return new AuditEntry(seq, AT, "investigator", "320000000000", "person.read", subject, purpose, "ok", "127.0.0.1");
  }

  @Test
  void timeIsHashedWithMicrosecondsInUtc() {
    assertThat(entry(1, "x", "").atText()).isEqualTo("2026-03-01T08:30:00.123456Z");
  }

  @Test
  void sameEntryAfterSameHashGivesSameHash() {
    assertThat(AuditChain.link(AuditChain.GENESIS, entry(1, "x", "y"))).isEqualTo(AuditChain.link(AuditChain.GENESIS, entry(1, "x", "y"))).hasSize(64);
  }

  @Test
  void hashDependsOnThePreviousHash() {
    String first = AuditChain.link(AuditChain.GENESIS, entry(1, "x", "y"));
    assertThat(AuditChain.link(first, entry(2, "x", "y"))).isNotEqualTo(AuditChain.link(AuditChain.GENESIS, entry(2, "x", "y")));
  }

  @Test
  void movingTextBetweenFieldsChangesTheHash() {
    assertThat(AuditChain.link(AuditChain.GENESIS, entry(1, "ab", "c"))).isNotEqualTo(AuditChain.link(AuditChain.GENESIS, entry(1, "a", "bc")));
  }

  @Test
  void aMissingAgencyDiffersFromAnEmptyOne() {
    AuditEntry none = new AuditEntry(1, AT, "node", null, "officer.bootstrap", "chief", "", "ok", null);
    AuditEntry empty = new AuditEntry(1, AT, "node", "", "officer.bootstrap", "chief", "", "ok", null);
    assertThat(AuditChain.link(AuditChain.GENESIS, none)).isNotEqualTo(AuditChain.link(AuditChain.GENESIS, empty));
  }

  @Test
  void textIsStoredCleanedAndCutToTheColumnSize() {
    AuditEntry entry = new AuditEntry(1, AT, "a\u0000b", null, "x", "字".repeat(600), "\uD800", "ok", null);
    assertThat(entry.actor()).isEqualTo("a\uFFFDb");
    assertThat(entry.subject()).hasSize(512);
    assertThat(entry.purpose()).isEqualTo("\uFFFD");
  }

  @Test
  void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
    String subject = StoredText.of("𠀀".repeat(600), 512);
    assertThat(subject.codePointCount(0, subject.length())).isEqualTo(512);
    assertThat(subject.chars().noneMatch(c -> c == '\uFFFD')).isTrue();
  }
}
