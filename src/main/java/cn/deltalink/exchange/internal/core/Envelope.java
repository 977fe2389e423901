package cn.deltalink.exchange.internal.core;

import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.platform.NodeId;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One message as it travels between nodes (信封), protocol version 1: headers, the payload (a JSON
 * document carried as text), the SM3 digest of the payload and the sender node's SM2 signature over
 * the canonical form. The constructor checks the shape of every field; whether the digest and the
 * signature are right is asked separately, because a receiver must be able to hold a forged
 * envelope in order to refuse it with a reason.
 *
 * @param recipients node ids, or the single entry {@code ALL}
 */
public record Envelope(
    UUID id,
    String version,
    String type,
    String senderNode,
    String senderAgency,
    List<String> recipients,
    Instant createdAt,
    @Nullable UUID correlationId,
    HandlingCode handlingCode,
    String purpose,
    String payload,
    String payloadDigest,
    String signature) {

  public static final String VERSION = "1";
  public static final String ALL = "ALL";
  static final String FORM = "DELTALINK-ENVELOPE/1";

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
  private static final Pattern AGENCY = Pattern.compile("[0-9A-Za-z]{1,32}");
  public static final int MAX_PURPOSE = 500;
  public static final int MAX_RECIPIENTS = 64;

  public Envelope {
    recipients = List.copyOf(recipients);
    check(TYPE.matcher(type).matches() && type.length() <= 100, "type must be dotted lowercase words of at most 100 characters, e.g. bulletin.published");
    check(NodeId.isWellFormed(senderNode), "senderNode must be 2-8 capital letters");
    check(AGENCY.matcher(senderAgency).matches(), "senderAgency must be 1-32 letters or digits");
    check(!recipients.isEmpty() && recipients.size() <= MAX_RECIPIENTS, "recipients must name 1 to " + MAX_RECIPIENTS + " nodes, or ALL");
    check(recipients.stream().allMatch(r -> NodeId.isWellFormed(r)), "each recipient must be a node id (2-8 capital letters) or ALL");
    check(!recipients.contains(ALL) || recipients.size() == 1, "ALL cannot be combined with named recipients");
    check(createdAt.getNano() % 1_000_000 == 0, "createdAt must have millisecond precision");
    check(!purpose.isBlank() && purpose.length() <= MAX_PURPOSE, "purpose must be stated, at most " + MAX_PURPOSE + " characters");
    check(Sm3.isHexDigest(payloadDigest), "payloadDigest must be 64 lowercase hex characters (SM3)");
  }

  /** Makes a signed envelope: computes the payload digest and signs the canonical form. */
  public static Envelope signed(
      UUID id,
      String type,
      String senderNode,
      String senderAgency,
      List<String> recipients,
      Instant createdAt,
      @Nullable UUID correlationId,
      HandlingCode handlingCode,
      String purpose,
      String payload,
      PrivateKey senderKey) {
    Envelope unsigned =
        new Envelope(id, VERSION, type, senderNode, senderAgency, recipients, createdAt, correlationId, handlingCode, purpose, payload, Sm3.hex(payload), "");
    return unsigned.withSignature(Sm2.signBase64(senderKey, unsigned.canonicalForm()));
  }

  public Envelope withSignature(String newSignature) {
    return new Envelope(id, version, type, senderNode, senderAgency, recipients, createdAt, correlationId, handlingCode, purpose, payload, payloadDigest, newSignature);
  }

  /** The exact bytes the signature covers (docs/protocol.md, "Canonical form"). */
  public byte[] canonicalForm() {
    return new CanonicalText(FORM)
        .field("id", id.toString())
        .field("version", version)
        .field("type", type)
        .field("senderNode", senderNode)
        .field("senderAgency", senderAgency)
        .field("recipients", String.join(",", recipients))
        .field("createdAt", Timestamps.format(createdAt))
        .field("correlationId", correlationId == null ? "" : correlationId.toString())
        .field("handlingCode", handlingCode.name())
        .field("purpose", purpose)
        .field("payloadDigest", payloadDigest)
        .bytes();
  }

  public boolean digestMatches() {
    return Sm3.hex(payload).equals(payloadDigest);
  }

  public boolean signatureVerifies(PublicKey senderKey) {
    return !signature.isEmpty() && Sm2.verifiesBase64(senderKey, canonicalForm(), signature);
  }

  public boolean addressedTo(String node) {
    return recipients.contains(ALL) || recipients.contains(node);
  }

  /** The payload's length in UTF-8, counted without encoding it (the dispatcher sizes every batch by it). */
  public int payloadBytes() {
    int bytes = 0;
    for (int i = 0, n = payload.length(); i < n; i++) {
      char c = payload.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(payload.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
