package cn.deltalink.casework.internal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An evidence item verifies when its file has the digest recorded at collection and its chain is
 * signed, linked entry to entry, and in a permitted order; each kind of tampering is named.
 */
class VerificationTest {

  private final byte[] file = "借款合同".getBytes(StandardCharsets.UTF_8);
  private final EvidenceItem item = new EvidenceItem(UUID.randomUUID(), UUID.randomUUID(), "contract", "合同", UUID.randomUUID(), Sm3.of(file), "JS", "320500000000", Instant.parse("2026-11-01T00:00:00Z"));
  /** Signatures in this test are the SM3 of the signed text: what matters here is that a changed entry no longer matches. */
  private final Verification.Signatures signatures = e -> e.signature().equals(Sm3.of(e.signedText()));

  @Test
  void anIntactItemWithAnUnbrokenChainVerifies() {
    Verification v = Verification.of(item, Optional.of(file), chain(CustodyAction.COLLECTED, CustodyAction.SEALED, CustodyAction.TRANSFERRED), signatures);
    assertThat(v.verified()).isTrue();
    assertThat(v.problems()).isEmpty();
  }

  @Test
  void aChangedFileIsNotIntact() {
    Verification v = Verification.of(item, Optional.of("另一份合同".getBytes(StandardCharsets.UTF_8)), chain(CustodyAction.COLLECTED), signatures);
    assertThat(v.fileIntact()).isFalse();
    assertThat(v.verified()).isFalse();
  }

  @Test
  void aDroppedEntryBreaksTheChain() {
    List<CustodyEntry> entries = new ArrayList<>(chain(CustodyAction.COLLECTED, CustodyAction.SEALED, CustodyAction.EXAMINED));
    entries.remove(1);
    Verification v = Verification.of(item, Optional.of(file), entries, signatures);
    assertThat(v.custodyValid()).isFalse();
    assertThat(v.problems()).anyMatch(p -> p.contains("does not follow"));
  }

  @Test
  void anEntryChangedAfterSigningFailsItsSignature() {
    List<CustodyEntry> entries = new ArrayList<>(chain(CustodyAction.COLLECTED, CustodyAction.SEALED));
    CustodyEntry sealed = entries.get(1);
    entries.set(1, new CustodyEntry(sealed.id(), sealed.evidenceId(), sealed.position(), sealed.action(), sealed.officer(), sealed.agency(), sealed.node(), "别处", sealed.at(), sealed.note(), sealed.previousSm3(), sealed.signature()));
    Verification v = Verification.of(item, Optional.of(file), entries, signatures);
    assertThat(v.chain().get(1).signatureValid()).isFalse();
    assertThat(v.custodyValid()).isFalse();
  }

  @Test
  void aChainThatDoesNotStartWithTheCollectionIsInvalid() {
    Verification v = Verification.of(item, Optional.of(file), chain(CustodyAction.SEALED), signatures);
    assertThat(v.custodyValid()).isFalse();
    assertThat(v.problems()).anyMatch(p -> p.contains("starts with the collection"));
  }

  @Test
  void aFileStillArrivingIsNotYetVerified() {
    Verification v = Verification.of(item, Optional.empty(), chain(CustodyAction.COLLECTED), signatures);
    assertThat(v.fileIntact()).isNull();
    assertThat(v.verified()).isFalse();
    assertThat(v.custodyValid()).isTrue();
  }

  private List<CustodyEntry> chain(CustodyAction... actions) {
    List<CustodyEntry> entries = new ArrayList<>();
    String previous = item.sm3();
    for (int i = 0; i < actions.length; i++) {
      UUID id = UUID.randomUUID();
      Instant at = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(3600L * i);
      String signature = Sm3.of(CustodyEntry.signedText(id, item.id(), i, actions[i], "李明", "320500000000", "JS", "苏州", at, "", previous));
      CustodyEntry e = new CustodyEntry(id, item.id(), i, actions[i], "李明", "320500000000", "JS", "苏州", at, "", previous, signature);
      entries.add(e);
      previous = e.digest();
    }
    return entries;
  }
}
