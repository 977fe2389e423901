package cn.deltalink.exchange.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 7 §5: no field of a receipt can shift another field, so no signature covers two receipts. */
class ReceiptCanonicalFormTest {

  private final UUID message = UuidV7.next();
  private final String digest = Sm3.hex("payload");

  @Test
  void aSeparatorInAReasonCannotMakeTheSignatureFitAReceiptWithAnotherDigest() {
    // The sender controls the digest it claims and much of a refusal's text; both end up in the receipt.
    Receipt signed = receipt(new Receipt.Item(message, digest, Receipt.Status.REFUSED, "x;refused;z"));
    Receipt shifted = new Receipt(signed.id(), "SH", signed.issuedAt(), List.of(new Receipt.Item(message, digest + ";refused;x", Receipt.Status.REFUSED, "z")), signed.signature());

    assertThat(signed.signatureVerifies(Envelopes.SHANGHAI.getPublic())).isTrue();
    assertThat(shifted.canonicalForm()).isNotEqualTo(signed.canonicalForm());
    assertThat(shifted.signatureVerifies(Envelopes.SHANGHAI.getPublic())).isFalse();
  }

  @Test
  void aLineBreakInAReasonCannotAddAnItemThatWasNeverIssued() {
    UUID other = UuidV7.next();
    Receipt signed = receipt(new Receipt.Item(message, digest, Receipt.Status.REFUSED, "MALFORMED: x\nmessageId=" + other + "\npayloadDigest=" + digest + "\nstatus=accepted\nreason="));
    Receipt forged =
        new Receipt(
            signed.id(),
            "SH",
            signed.issuedAt(),
            List.of(new Receipt.Item(message, digest, Receipt.Status.REFUSED, "MALFORMED: x"), new Receipt.Item(other, digest, Receipt.Status.ACCEPTED, "")),
            signed.signature());

    assertThat(forged.signatureVerifies(Envelopes.SHANGHAI.getPublic())).isFalse();
  }

  @Test
  void theCanonicalFormPutsEveryItemFieldOnItsOwnLine() {
    String text = new String(receipt(new Receipt.Item(null, "", Receipt.Status.REFUSED, "MALFORMED: a;b")).canonicalForm(), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(text).startsWith("DELTALINK-RECEIPT/2\n").contains("\nitems=1\nmessageId=\npayloadDigest=\nstatus=refused\nreason=MALFORMED: a;b\n");
  }

  private static Receipt receipt(Receipt.Item item) {
    return Receipt.signed(UuidV7.next(), "SH", Envelopes.NOW, List.of(item), Envelopes.SHANGHAI.getPrivate());
  }
}
