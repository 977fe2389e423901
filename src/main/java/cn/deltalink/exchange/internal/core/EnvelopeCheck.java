package cn.deltalink.exchange.internal.core;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What a receiver checks before it stores an envelope: the sender is a member and the sending agency
 * is one of its agencies (a node speaks only for its own agencies), the envelope is meant
 * for this node, it is fresh and not too large, and the digest and the SM2 signature (with the
 * sender's key from the member directory) are right. Cheap checks come first, the signature last.
 *
 * @param localNode this node's id
 * @param senderKeys the member directory's key of a node, empty for a node it does not list
 * @param senderAgencies whether the member directory lists an agency (second argument) under a node (first)
 * @param maxAge how old an envelope may be when it arrives (the sender gives up at the same age)
 * @param maxFuture how far ahead of this node's clock a creation time may be
 * @param maxPayloadBytes the largest payload taken, in UTF-8 bytes
 */
public record EnvelopeCheck(
    String localNode,
    Function<String, Optional<PublicKey>> senderKeys,
    BiPredicate<String, String> senderAgencies,
    Duration maxAge,
    Duration maxFuture,
    int maxPayloadBytes) {

  public Optional<Refusal> refusalOf(Envelope envelope, Instant now) {
    Optional<PublicKey> key = senderKeys.apply(envelope.senderNode());
    if (key.isEmpty()) {
      return refuse(Refusal.Reason.UNKNOWN_SENDER, "the member directory of " + localNode + " does not list the node " + envelope.senderNode());
    }
    if (envelope.senderNode().equals(localNode)) {
      return refuse(Refusal.Reason.UNKNOWN_SENDER, "an envelope from this node itself is not taken over the network");
    }
    // the signature first: every later refusal then answers a proven member, which is worth a log row
    // and a signed receipt; one that only names a member is a stranger's and leaves no trace (ADR 015).
    // It covers the canonical form with the payload's digest, so its cost does not grow with the payload.
    if (!envelope.signatureVerifies(key.get())) {
      return refuse(Refusal.Reason.BAD_SIGNATURE, "the SM2 signature does not verify with the directory key of " + envelope.senderNode());
    }
    if (!envelope.addressedTo(localNode)) {
      return refuse(Refusal.Reason.NOT_FOR_THIS_NODE, "the envelope is addressed to " + envelope.recipients() + ", not to " + localNode);
    }
    if (envelope.createdAt().isBefore(now.minus(maxAge))) {
      return refuse(Refusal.Reason.TOO_OLD, "created at " + Timestamps.format(envelope.createdAt()) + ", older than the " + maxAge.toHours() + " h this node accepts");
    }
    if (envelope.createdAt().isAfter(now.plus(maxFuture))) {
      return refuse(Refusal.Reason.FROM_THE_FUTURE, "created at " + Timestamps.format(envelope.createdAt()) + ", more than " + maxFuture.toMinutes() + " min ahead of this node's clock");
    }
    if (envelope.payloadBytes() > maxPayloadBytes) {
      return refuse(Refusal.Reason.TOO_LARGE, "the payload has " + envelope.payloadBytes() + " bytes; at most " + maxPayloadBytes + " are taken");
    }
    if (!envelope.digestMatches()) {
      return refuse(Refusal.Reason.DIGEST_MISMATCH, "the SM3 digest of the payload is not the stated payloadDigest: the payload was altered");
    }
    // only a proven sender learns which agencies the directory lists for it
    if (!senderAgencies.test(envelope.senderNode(), envelope.senderAgency())) {
      return refuse(
          Refusal.Reason.UNKNOWN_AGENCY,
          "the member directory of " + localNode + " does not list the agency " + envelope.senderAgency() + " under the node " + envelope.senderNode());
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(Refusal.Reason reason, String detail) {
    return Optional.of(new Refusal(reason, detail));
  }
}
