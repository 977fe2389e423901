package cn.deltalink.exchange.internal.core;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A node's signed answer to a hit/no-hit query (Prüm style): hit or no hit, the owning agency on a
 * hit, or a refusal with its reason. Nothing else about the record travels.
 */
public record QueryAnswer(UUID queryId, String responder, Instant answeredAt, Outcome outcome, @Nullable String owningAgency, String reason, String signature) {

  static final String FORM = "DELTALINK-ANSWER/1";

  public enum Outcome {
    HIT,
    NO_HIT,
    REFUSED
  }

  public static QueryAnswer signed(UUID queryId, String responder, Instant answeredAt, Outcome outcome, @Nullable String owningAgency, String reason, PrivateKey key) {
    QueryAnswer unsigned = new QueryAnswer(queryId, responder, answeredAt, outcome, owningAgency, reason, "");
    return new QueryAnswer(queryId, responder, answeredAt, outcome, owningAgency, reason, Sm2.signBase64(key, unsigned.canonicalForm()));
  }

  public byte[] canonicalForm() {
    return new CanonicalText(FORM)
        .field("queryId", queryId.toString())
        .field("responder", responder)
        .field("answeredAt", Timestamps.format(answeredAt))
        .field("outcome", outcome.name())
        .field("owningAgency", owningAgency == null ? "" : owningAgency)
        .field("reason", reason)
        .bytes();
  }

  public boolean signatureVerifies(PublicKey responderKey) {
    return !signature.isEmpty() && Sm2.verifiesBase64(responderKey, canonicalForm(), signature);
  }

  public String digest() {
    return Sm3.hex(canonicalForm());
  }

  public ObjectNode toJson() {
    ObjectNode node = EnvelopeJson.mapper().createObjectNode();
    node.put("queryId", queryId.toString());
    node.put("responder", responder);
    node.put("answeredAt", Timestamps.format(answeredAt));
    node.put("outcome", outcome.name());
    if (owningAgency == null) {
      node.putNull("owningAgency");
    } else {
      node.put("owningAgency", owningAgency);
    }
    node.put("reason", reason);
    node.put("signature", signature);
    return node;
  }

  public static QueryAnswer fromJson(JsonNode node) {
    try {
      JsonNode agency = node.get("owningAgency");
      return new QueryAnswer(
          UUID.fromString(node.required("queryId").stringValue()),
          node.required("responder").stringValue(),
          Timestamps.parse(node.required("answeredAt").stringValue()),
          Outcome.valueOf(node.required("outcome").stringValue()),
          agency == null || agency.isNull() ? null : agency.stringValue(),
          node.required("reason").stringValue(),
          node.required("signature").stringValue());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a query answer: " + e.getMessage(), e);
    }
  }
}
