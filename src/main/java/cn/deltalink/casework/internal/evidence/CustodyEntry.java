package cn.deltalink.casework.internal.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One link of an evidence item's chain of custody: who did what, when and where, recorded and signed
 * (SM2) by the node whose officer did it. {@code previousSm3} is the digest of the entry before (for
 * the first, the digest of the file), so an entry cannot be dropped, changed or moved unseen.
 */
public record CustodyEntry(
    UUID id, UUID evidenceId, int position, CustodyAction action, String officer, String agency, String node, String place, Instant at, String note, String previousSm3, String signature) {

  /** The text the node signs: every field but the signature, one per line, in a fixed order. */
  public static byte[] signedText(UUID id, UUID evidenceId, int position, CustodyAction action, String officer, String agency, String node, String place, Instant at, String note, String previousSm3) {
    String text = String.join("\n", "deltalink-custody-v1", id.toString(), evidenceId.toString(), Integer.toString(position), action.slug(), officer, agency, node, place, at.toString(), note, previousSm3);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public byte[] signedText() {
    return signedText(id, evidenceId, position, action, officer, agency, node, place, at, note, previousSm3);
  }

  /** The digest the next entry names. */
  public String digest() {
    return Sm3.of(new String(signedText(), StandardCharsets.UTF_8) + "\n" + signature);
  }
}
