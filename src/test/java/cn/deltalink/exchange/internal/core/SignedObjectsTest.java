package cn.deltalink.exchange.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignedObjectsTest {

  @Test
  void aBatchReceiptIsOneSignatureOverEveryItem() {
    UUID first = UuidV7.next();
    Receipt receipt =
        Receipt.signed(
            UuidV7.next(),
            "SH",
            Envelopes.NOW,
            List.of(new Receipt.Item(first, Sm3.hex("a"), Receipt.Status.ACCEPTED, ""), new Receipt.Item(null, "", Receipt.Status.REFUSED, "MALFORMED: no id")),
            Envelopes.SHANGHAI.getPrivate());
    Receipt read = Receipt.fromJson(receipt.toJson());
    assertThat(read).isEqualTo(receipt);
    assertThat(read.signatureVerifies(Envelopes.SHANGHAI.getPublic())).isTrue();
    assertThat(new String(read.canonicalForm(), StandardCharsets.UTF_8)).contains("messageId=" + first + "\npayloadDigest=" + Sm3.hex("a") + "\nstatus=accepted\nreason=\n");
  }

  @Test
  void aReceiptWithAChangedStatusNoLongerVerifies() {
    UUID id = UuidV7.next();
    Receipt receipt = Receipt.signed(UuidV7.next(), "SH", Envelopes.NOW, List.of(new Receipt.Item(id, Sm3.hex("a"), Receipt.Status.REFUSED, "TOO_OLD: x")), Envelopes.SHANGHAI.getPrivate());
    Receipt altered = new Receipt(receipt.id(), "SH", receipt.issuedAt(), List.of(new Receipt.Item(id, Sm3.hex("a"), Receipt.Status.ACCEPTED, "")), receipt.signature());
    assertThat(altered.signatureVerifies(Envelopes.SHANGHAI.getPublic())).isFalse();
  }

  @Test
  void aQueryAnswerVerifiesWithTheRespondersKeyOnly() {
    QueryAnswer answer = QueryAnswer.signed(UuidV7.next(), "SH", Envelopes.NOW, QueryAnswer.Outcome.HIT, "310000000000", "", Envelopes.SHANGHAI.getPrivate());
    QueryAnswer read = QueryAnswer.fromJson(answer.toJson());
    assertThat(read.signatureVerifies(Envelopes.SHANGHAI.getPublic())).isTrue();
    assertThat(read.signatureVerifies(Envelopes.JIANGSU.getPublic())).isFalse();
  }

  @Test
  void aDirectorySignedByTheCoordinatorIsReadAndAnAlteredOneIsRefused() {
    var coordinator = Sm2.generateKeyPair();
    MemberDirectory directory =
        new MemberDirectory("yrd", 3, Envelopes.NOW, List.of(new MemberDirectory.Member("JS", "32", "http://localhost:8132", Sm2.publicKeyBase64(Envelopes.JIANGSU.getPublic()), List.of("320000000000"))));
    byte[] json = directory.toJsonBytes();
    String signature = MemberDirectory.sign(json, coordinator.getPrivate());
    assertThat(MemberDirectory.verified(json, signature, coordinator.getPublic())).isEqualTo(directory);
    byte[] altered = new String(json, StandardCharsets.UTF_8).replace("8132", "9132").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> MemberDirectory.verified(altered, signature, coordinator.getPublic())).hasMessageContaining("does not verify");
  }
}
