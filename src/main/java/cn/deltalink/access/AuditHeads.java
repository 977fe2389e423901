package cn.deltalink.access;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The audit trail's chain head signed with the node key, which the exchange sends to every peer
 * each round; and the heads of this trail that peers report holding, against which verification
 * checks the trail (ADR 018, docs/protocol.md).
 */
public interface AuditHeads {

  /**
   * Signs the current chain head, if it extends the last signed one, and returns the newest signed
   * head; empty while nothing was ever signed and the trail cannot be signed now (it is broken).
   */
  Optional<SignedHead> seal();

  /**
   * Keeps a head of this trail that {@code peer} reports holding. Fails with
   * {@link IllegalArgumentException} when it does not carry this node's signature.
   */
  void reportedBy(String peer, SignedHead head);

  /**
   * One signed head: the trail's restart count (epoch, 0 until the operator first restarts a broken
   * trail), the position and hash of its last entry, and the node's SM2 signature over
   * {@link #signedText()}.
   */
  record SignedHead(int epoch, long seq, String hash, String signature) {

    public SignedHead {
      if (epoch < 0 || seq < 0) {
        throw new IllegalArgumentException("A head's epoch and position cannot be negative");
      }
      if (hash == null || !hash.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("A head's hash is 64 lower-case hex digits");
      }
      if (signature == null || signature.isBlank() || signature.length() > 200) {
        throw new IllegalArgumentException("A head needs its signature");
      }
    }

    /** What the node key signs: a tag and the three values, one per line. */
    public byte[] signedText() {
      return text(epoch, seq, hash);
    }

    public static byte[] text(int epoch, long seq, String hash) {
      return ("DELTALINK-AUDIT-HEAD/1\nepoch=" + epoch + "\nseq=" + seq + "\nhash=" + hash + "\n").getBytes(StandardCharsets.UTF_8);
    }
  }
}
