package cn.deltalink.exchange.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class EnvelopeCheckTest {

  private final Map<String, PublicKey> directory = Map.of("JS", Envelopes.JIANGSU.getPublic(), "SH", Envelopes.SHANGHAI.getPublic());
  private final EnvelopeCheck shanghai = new EnvelopeCheck("SH", id -> Optional.ofNullable(directory.get(id)), EnvelopeCheckTest::listed, Duration.ofHours(72), Duration.ofMinutes(5), 1024);
  /** The agencies the directory lists under each node. */
  private static boolean listed(String node, String agency) {
    return Map.of("JS", "320000000000", "SH", "310000000000").get(node).equals(agency);
  }

  private final Envelope envelope = Envelopes.bulletinFromJiangsuToShanghai();

  @Test
  void aGenuineEnvelopeForThisNodePasses() {
    assertThat(shanghai.refusalOf(envelope, Envelopes.NOW.plusSeconds(1))).isEmpty();
  }

  @Test
  void anEnvelopeFromANodeOutsideTheDirectoryIsRefused() {
    EnvelopeCheck withoutJiangsu = new EnvelopeCheck("SH", id -> Optional.empty(), EnvelopeCheckTest::listed, Duration.ofHours(72), Duration.ofMinutes(5), 1024);
    assertThat(reason(withoutJiangsu, envelope)).isEqualTo(Refusal.Reason.UNKNOWN_SENDER);
  }

  @Test
  void anEnvelopeFromAnAgencyTheDirectoryListsUnderAnotherNodeIsRefused() {
    Envelope forShanghaisAgency =
        Envelope.signed(envelope.id(), envelope.type(), "JS", "310000000000", envelope.recipients(), envelope.createdAt(), envelope.correlationId(), envelope.handlingCode(),
            envelope.purpose(), envelope.payload(), Envelopes.JIANGSU.getPrivate());

    assertThat(shanghai.refusalOf(forShanghaisAgency, Envelopes.NOW.plusSeconds(1)))
        .hasValueSatisfying(r -> assertThat(r.text()).startsWith("UNKNOWN_AGENCY").contains("310000000000").contains("JS"));
  }

  @Test
  void anEnvelopeSignedWithAnotherKeyIsRefused() {
    Envelope forged = envelope.withSignature(Sm2.signBase64(Envelopes.SHANGHAI.getPrivate(), envelope.canonicalForm()));
    assertThat(reason(shanghai, forged)).isEqualTo(Refusal.Reason.BAD_SIGNATURE);
  }

  @Test
  void anEnvelopeThatOnlyNamesAMemberIsRefusedForItsSignatureWhateverElseIsWrong() {
    // old, for another node and forged: the signature decides, so the refusal is a stranger's (no log row, no receipt)
    Envelope forged = envelope.withSignature(Sm2.signBase64(Envelopes.SHANGHAI.getPrivate(), envelope.canonicalForm()));
    EnvelopeCheck zhejiang = new EnvelopeCheck("ZJ", id -> Optional.ofNullable(directory.get(id)), EnvelopeCheckTest::listed, Duration.ofHours(72), Duration.ofMinutes(5), 1024);

    assertThat(zhejiang.refusalOf(forged, Envelopes.NOW.plus(Duration.ofHours(73))).map(Refusal::reason)).contains(Refusal.Reason.BAD_SIGNATURE);
    assertThat(Refusal.Reason.BAD_SIGNATURE.senderUnproven()).isTrue();
  }

  @Test
  void anEnvelopeWithAlteredPayloadIsRefusedForItsDigest() {
    assertThat(reason(shanghai, EnvelopeTest.copyWithPayload(envelope, "{\"title\":\"changed\"}"))).isEqualTo(Refusal.Reason.DIGEST_MISMATCH);
  }

  @Test
  void anEnvelopeOlderThanTheMaximumAgeIsRefused() {
    assertThat(shanghai.refusalOf(envelope, Envelopes.NOW.plus(Duration.ofHours(73))).map(Refusal::reason)).contains(Refusal.Reason.TOO_OLD);
  }

  @Test
  void anEnvelopeFromTooFarInTheFutureIsRefused() {
    assertThat(shanghai.refusalOf(envelope, Envelopes.NOW.minus(Duration.ofMinutes(6))).map(Refusal::reason)).contains(Refusal.Reason.FROM_THE_FUTURE);
  }

  @Test
  void anOversizedPayloadIsRefused() {
    EnvelopeCheck small = new EnvelopeCheck("SH", id -> Optional.ofNullable(directory.get(id)), EnvelopeCheckTest::listed, Duration.ofHours(72), Duration.ofMinutes(5), 10);
    assertThat(reason(small, envelope)).isEqualTo(Refusal.Reason.TOO_LARGE);
  }

  @Test
  void anEnvelopeForAnotherNodeIsRefused() {
    EnvelopeCheck zhejiang = new EnvelopeCheck("ZJ", id -> Optional.ofNullable(directory.get(id)), EnvelopeCheckTest::listed, Duration.ofHours(72), Duration.ofMinutes(5), 1024);
    assertThat(reason(zhejiang, envelope)).isEqualTo(Refusal.Reason.NOT_FOR_THIS_NODE);
  }

  @Test
  void anUnsignedEnvelopeIsRefusedWhenRead() {
    ObjectNode json = EnvelopeJson.write(envelope);
    json.remove("signature");
    assertThatThrownBy(() -> EnvelopeJson.read(json)).isInstanceOfSatisfying(EnvelopeRefused.class, e -> assertThat(e.refusal().reason()).isEqualTo(Refusal.Reason.UNSIGNED));
  }

  @Test
  void anEnvelopeOfAnotherProtocolVersionIsRefusedWhenRead() {
    ObjectNode json = EnvelopeJson.write(envelope);
    json.put("version", "2");
    assertThatThrownBy(() -> EnvelopeJson.read(json)).isInstanceOfSatisfying(EnvelopeRefused.class, e -> assertThat(e.refusal().reason()).isEqualTo(Refusal.Reason.UNSUPPORTED_VERSION));
  }

  @Test
  void aPayloadThatIsNotJsonIsRefusedAsMalformed() {
    ObjectNode json = EnvelopeJson.write(envelope);
    json.put("payload", "{not json");
    assertThatThrownBy(() -> EnvelopeJson.read(json))
        .isInstanceOfSatisfying(EnvelopeRefused.class, e -> assertThat(e.refusal().reason()).isEqualTo(Refusal.Reason.MALFORMED))
        .hasMessageContaining("payload");
  }

  @Test
  void aPayloadWithTwoDocumentsIsRefusedAsMalformed() {
    ObjectNode json = EnvelopeJson.write(envelope);
    json.put("payload", "{} {}");
    assertThatThrownBy(() -> EnvelopeJson.read(json)).hasMessageContaining("content after its JSON document");
  }

  @Test
  void aMissingFieldIsNamedInTheRefusal() {
    ObjectNode json = EnvelopeJson.write(envelope);
    json.remove("purpose");
    assertThatThrownBy(() -> EnvelopeJson.read(json)).hasMessageContaining("'purpose' is missing");
  }

  @Test
  void aTimestampInAnotherFormIsRefusedAsMalformed() {
    ObjectNode json = EnvelopeJson.write(envelope);
    json.put("createdAt", "2026-11-29T08:00:00Z");
    assertThatThrownBy(() -> EnvelopeJson.read(json)).isInstanceOfSatisfying(EnvelopeRefused.class, e -> assertThat(e.refusal().reason()).isEqualTo(Refusal.Reason.MALFORMED));
  }

  private static Refusal.Reason reason(EnvelopeCheck check, Envelope envelope) {
    return check.refusalOf(envelope, Envelopes.NOW.plusSeconds(1)).orElseThrow().reason();
  }
}
