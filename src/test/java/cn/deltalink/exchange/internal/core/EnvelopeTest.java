package cn.deltalink.exchange.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

  private final Envelope envelope = Envelopes.bulletinFromJiangsuToShanghai();

  @Test
  void canonicalFormIsNameValueLinesInFixedOrderWithEscapedLineBreaksAndTheDigestInsteadOfThePayload() {
    String text = new String(envelope.canonicalForm(), StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo(
            "DELTALINK-ENVELOPE/1\n"
                + "id=" + envelope.id() + "\n"
                + "version=1\n"
                + "type=bulletin.published\n"
                + "senderNode=JS\n"
                + "senderAgency=320000000000\n"
                + "recipients=SH\n"
                + "createdAt=2026-11-29T08:00:00.000Z\n"
                + "correlationId=\n"
                + "handlingCode=H2\n"
                + "purpose=协查通报：寻找嫌疑车辆\\n第二行\n"
                + "payloadDigest=" + Sm3.hex(envelope.payload()) + "\n");
  }

  @Test
  void sm3DigestOfAbcIsTheStandardTestVector() {
    assertThat(Sm3.hex("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  }

  @Test
  void aSignedEnvelopeVerifiesWithTheSendersKey() {
    assertThat(envelope.digestMatches()).isTrue();
    assertThat(envelope.signatureVerifies(Envelopes.JIANGSU.getPublic())).isTrue();
  }

  @Test
  void aTamperedPayloadNoLongerMatchesItsDigest() {
    Envelope tampered = copyWithPayload(envelope, envelope.payload().replace("苏A12345", "苏A99999"));
    assertThat(tampered.digestMatches()).isFalse();
  }

  @Test
  void aTamperedHeaderBreaksTheSignature() {
    Envelope tampered =
        new Envelope(envelope.id(), envelope.version(), envelope.type(), envelope.senderNode(), envelope.senderAgency(), envelope.recipients(), envelope.createdAt(), envelope.correlationId(),
            cn.deltalink.exchange.HandlingCode.H0, envelope.purpose(), envelope.payload(), envelope.payloadDigest(), envelope.signature());
    assertThat(tampered.signatureVerifies(Envelopes.JIANGSU.getPublic())).isFalse();
  }

  @Test
  void signaturesAreStandardSm3WithSm2ThatTheJcaProviderVerifiesAndMakes() throws Exception {
    var provider = new org.bouncycastle.jce.provider.BouncyCastleProvider();
    var jca = java.security.Signature.getInstance("SM3withSM2", provider);
    jca.initVerify(Envelopes.JIANGSU.getPublic());
    jca.update(envelope.canonicalForm());
    assertThat(jca.verify(java.util.Base64.getDecoder().decode(envelope.signature()))).isTrue();
    var signer = java.security.Signature.getInstance("SM3withSM2", provider);
    signer.initSign(Envelopes.JIANGSU.getPrivate());
    signer.update(envelope.canonicalForm());
    assertThat(envelope.withSignature(java.util.Base64.getEncoder().encodeToString(signer.sign())).signatureVerifies(Envelopes.JIANGSU.getPublic())).isTrue();
  }

  @Test
  void aSignatureDoesNotVerifyWithAnotherNodesKey() {
    assertThat(envelope.signatureVerifies(Envelopes.SHANGHAI.getPublic())).isFalse();
  }

  @Test
  void theJsonFormReadsBackToTheSameEnvelope() {
    Envelope read = EnvelopeJson.read(EnvelopeJson.write(envelope));
    assertThat(read).isEqualTo(envelope);
    assertThat(read.signatureVerifies(Envelopes.JIANGSU.getPublic())).isTrue();
  }

  @Test
  void pemFilesReadBackToTheSameKeys() {
    var keys = Sm2.generateKeyPair();
    assertThat(Sm2.privateKeyFromPem(Sm2.privateKeyPem(keys.getPrivate())).getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
    assertThat(Sm2.publicKeyFromPem(Sm2.publicKeyPem(keys.getPublic()))).isEqualTo(keys.getPublic());
  }

  @Test
  void uuidsAreVersionSevenAndStartWithTheirMillisecond() {
    var id = UuidV7.at(Envelopes.NOW);
    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(Envelopes.NOW.toEpochMilli());
  }

  static Envelope copyWithPayload(Envelope e, String payload) {
    return new Envelope(e.id(), e.version(), e.type(), e.senderNode(), e.senderAgency(), e.recipients(), e.createdAt(), e.correlationId(), e.handlingCode(), e.purpose(), payload, e.payloadDigest(), e.signature());
  }
}
