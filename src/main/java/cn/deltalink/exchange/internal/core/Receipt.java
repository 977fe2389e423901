package cn.deltalink.exchange.internal.core;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The receiver's signed answer to one batch of envelopes (回执): for each envelope its id, the
 * payload digest it claimed and whether it was accepted, already held (duplicate) or refused with
 * a reason. One SM2 signature covers the whole batch, so a receipt costs one signature however
 * many envelopes it answers.
 */
public record Receipt(UUID id, String receiver, Instant issuedAt, List<Item> items, String signature) {

  /**
   * Version 2: each item field on a line of its own. Version 1 joined an item's fields with ";" on
   * one line, so a refusal reason (which quotes what the sender sent) could carry a ";" and make two
   * different receipts sign the same text.
   */
  static final String FORM = "DELTALINK-RECEIPT/2";

  public enum Status {
    ACCEPTED,
    DUPLICATE,
    REFUSED;

    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Status ofWire(String value) {
      return valueOf(value.toUpperCase(Locale.ROOT));
    }
  }

  /** One envelope's fate; {@code messageId} is null only for an envelope whose id could not be read. */
  public record Item(@Nullable UUID messageId, String payloadDigest, Status status, String reason) {}

  public Receipt {
    items = List.copyOf(items);
  }

  public static Receipt signed(UUID id, String receiver, Instant issuedAt, List<Item> items, PrivateKey receiverKey) {
    Receipt unsigned = new Receipt(id, receiver, issuedAt, items, "");
    return new Receipt(id, receiver, issuedAt, items, Sm2.signBase64(receiverKey, unsigned.canonicalForm()));
  }

  public byte[] canonicalForm() {
    // One value per line, escaped, in a fixed order: no value can end its line early or start another
    // field, so two different receipts never have the same canonical form.
    CanonicalText text =
        new CanonicalText(FORM)
            .field("receiptId", id.toString())
            .field("receiver", receiver)
            .field("issuedAt", Timestamps.format(issuedAt))
            .field("items", Integer.toString(items.size()));
    for (Item item : items) {
      text.field("messageId", item.messageId() == null ? "" : item.messageId().toString())
          .field("payloadDigest", item.payloadDigest())
          .field("status", item.status().wire())
          .field("reason", item.reason());
    }
    return text.bytes();
  }

  public boolean signatureVerifies(PublicKey receiverKey) {
    return !signature.isEmpty() && Sm2.verifiesBase64(receiverKey, canonicalForm(), signature);
  }

  /** The SM3 digest of the canonical form: what the message log keeps of a receipt. */
  public String digest() {
    return Sm3.hex(canonicalForm());
  }

  public ObjectNode toJson() {
    ObjectNode node = EnvelopeJson.mapper().createObjectNode();
    node.put("receiptId", id.toString());
    node.put("receiver", receiver);
    node.put("issuedAt", Timestamps.format(issuedAt));
    ArrayNode list = node.putArray("items");
    for (Item item : items) {
      ObjectNode i = list.addObject();
      if (item.messageId() == null) {
        i.putNull("messageId");
      } else {
        i.put("messageId", item.messageId().toString());
      }
      i.put("payloadDigest", item.payloadDigest());
      i.put("status", item.status().wire());
      i.put("reason", item.reason());
    }
    node.put("signature", signature);
    return node;
  }

  /** Reads a receipt; fails with {@link IllegalArgumentException} when it is not one. */
  public static Receipt fromJson(JsonNode node) {
    try {
      List<Item> items = new ArrayList<>();
      for (JsonNode i : node.required("items").values()) {
        JsonNode messageId = i.get("messageId");
        items.add(
            new Item(
                messageId == null || messageId.isNull() ? null : UUID.fromString(messageId.stringValue()),
                i.required("payloadDigest").stringValue(),
                Status.ofWire(i.required("status").stringValue()),
                i.required("reason").stringValue()));
      }
      return new Receipt(
          UUID.fromString(node.required("receiptId").stringValue()),
          node.required("receiver").stringValue(),
          Timestamps.parse(node.required("issuedAt").stringValue()),
          items,
          node.required("signature").stringValue());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a receipt: " + e.getMessage(), e);
    }
  }
}
