package cn.deltalink.exchange.internal.core;

import cn.deltalink.exchange.HandlingCode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of an envelope on the wire (docs/protocol.md, "Envelope"). */
public final class EnvelopeJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final java.util.regex.Pattern UUID_SHAPE = java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private EnvelopeJson() {}

  public static JsonMapper mapper() {
    return JSON;
  }

  public static ObjectNode write(Envelope e) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", e.id().toString());
    node.put("version", e.version());
    node.put("type", e.type());
    node.put("senderNode", e.senderNode());
    node.put("senderAgency", e.senderAgency());
    ArrayNode recipients = node.putArray("recipients");
    e.recipients().forEach(recipients::add);
    node.put("createdAt", Timestamps.format(e.createdAt()));
    if (e.correlationId() == null) {
      node.putNull("correlationId");
    } else {
      node.put("correlationId", e.correlationId().toString());
    }
    node.put("handlingCode", e.handlingCode().name());
    node.put("purpose", e.purpose());
    node.put("payload", e.payload());
    node.put("payloadDigest", e.payloadDigest());
    node.put("signature", e.signature());
    return node;
  }

  /**
   * Reads an envelope, refusing it with a reason when a field is missing or ill-formed, the version
   * is not 1, the signature is absent, or the payload is not a JSON document.
   */
  public static Envelope read(JsonNode node) {
    if (!node.isObject()) {
      throw malformed("an envelope must be a JSON object");
    }
    String version = text(node, "version");
    if (!Envelope.VERSION.equals(version)) {
      throw new EnvelopeRefused(Refusal.Reason.UNSUPPORTED_VERSION, "protocol version '" + version + "' is not supported; this node speaks version 1");
    }
    String signature = optionalText(node, "signature");
    if (signature == null || signature.isBlank()) {
      throw new EnvelopeRefused(Refusal.Reason.UNSIGNED, "the envelope carries no signature");
    }
    String payload = text(node, "payload");
    try {
      requireDocument(payload);
    } catch (IllegalArgumentException e) {
      throw malformed(e.getMessage());
    }
    try {
      String correlation = optionalText(node, "correlationId");
      return new Envelope(
          uuid(text(node, "id"), "id"),
          version,
          text(node, "type"),
          text(node, "senderNode"),
          text(node, "senderAgency"),
          recipients(node),
          Timestamps.parse(text(node, "createdAt")),
          correlation == null || correlation.isEmpty() ? null : uuid(correlation, "correlationId"),
          handlingCode(text(node, "handlingCode")),
          text(node, "purpose"),
          payload,
          text(node, "payloadDigest"),
          signature);
    } catch (IllegalArgumentException e) {
      throw malformed(e.getMessage());
    }
  }

  /**
   * Checks that a payload is exactly one JSON document, by reading its tokens without building a
   * tree (receivers check every payload; a tree would cost as much as the rest of the check).
   */
  public static void requireDocument(String payload) {
    try (JsonParser parser = JSON.createParser(payload)) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("the payload is empty; it must be a JSON document");
      }
      parser.skipChildren();
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("the payload has content after its JSON document");
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the payload is not a JSON document: " + e.getOriginalMessage());
    }
  }

  /** The id an envelope claims, for receipts and logs of envelopes that could not be read. */
  public static @Nullable UUID claimedId(JsonNode node) {
    JsonNode id = node.isObject() ? node.get("id") : null;
    try {
      return id != null && id.isString() ? UUID.fromString(id.stringValue()) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<String> recipients(JsonNode node) {
    JsonNode value = node.get("recipients");
    if (value == null || !value.isArray()) {
      throw malformed("recipients must be an array of node ids, or [\"ALL\"]");
    }
    List<String> recipients = new ArrayList<>();
    for (JsonNode r : value.values()) {
      if (!r.isString()) {
        throw malformed("recipients must be strings");
      }
      recipients.add(r.stringValue());
    }
    return recipients;
  }

  private static HandlingCode handlingCode(String value) {
    try {
      return HandlingCode.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("handlingCode must be H0, H1, H2 or H3, was '" + value + "'");
    }
  }

  private static UUID uuid(String value, String field) {
    if (!UUID_SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must be a lowercase UUID, was '" + value + "'");
    }
    return UUID.fromString(value);
  }

  private static String text(JsonNode node, String field) {
    String value = optionalText(node, field);
    if (value == null) {
      throw malformed("the field '" + field + "' is missing");
    }
    return value;
  }

  private static @Nullable String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw malformed("the field '" + field + "' must be a string");
    }
    return value.stringValue();
  }

  private static EnvelopeRefused malformed(String detail) {
    return new EnvelopeRefused(Refusal.Reason.MALFORMED, detail);
  }
}
