package cn.deltalink.register.internal;

import cn.deltalink.register.RegisterEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payloads of the register's message types. {@code register.published} carries versions of
 * entries of one register, all owned by the sending node (the envelope names it), with whom they are
 * addressed to; {@code register.resync-requested} names the register a node wants again.
 */
@Component
class RegisterMessages {

  static final String PUBLISHED = "register.published";
  static final String RESYNC_REQUESTED = "register.resync-requested";

  /**
   * Payload bytes per message: half the exchange's default limit, so that a list of tens of thousands
   * of entries goes out in a few hundred messages that each stay well inside it.
   */
  static final int CHUNK_BYTES = 512 * 1024;

  /** One received message: the register, whom the owner addressed and the entries. */
  record Published(String register, boolean toAll, List<String> targets, List<RegisterEntry> entries) {}

  private final JsonMapper json;

  RegisterMessages(JsonMapper json) {
    this.json = json;
  }

  /** The payloads that carry the entries (all of one register), each under {@link #CHUNK_BYTES}. */
  List<String> published(String register, boolean toAll, List<String> targets, List<RegisterEntry> entries) {
    String head = "{\"register\":" + json.writeValueAsString(register) + ",\"toAll\":" + toAll + ",\"targets\":" + json.writeValueAsString(targets) + ",\"entries\":[";
    List<String> payloads = new ArrayList<>();
    StringBuilder chunk = new StringBuilder(head);
    int bytes = head.length();
    int inChunk = 0;
    for (RegisterEntry e : entries) {
      String item = "{\"id\":\"" + e.id() + "\",\"version\":" + e.version() + ",\"payload\":" + e.payloadJson() + "}";
      int size = item.getBytes(StandardCharsets.UTF_8).length + 1;
      if (inChunk > 0 && bytes + size > CHUNK_BYTES) {
        payloads.add(chunk.append("]}").toString());
        chunk = new StringBuilder(head);
        bytes = head.length();
        inChunk = 0;
      }
      chunk.append(inChunk > 0 ? "," : "").append(item);
      bytes += size;
      inChunk++;
    }
    if (inChunk > 0) {
      payloads.add(chunk.append("]}").toString());
    }
    return payloads;
  }

  /**
   * Reads a {@code register.published} payload as a stream: each entry's payload is cut out of the
   * message as written, not read into a tree and written again (a list of 100,000 alerts arrives as
   * about two hundred such messages).
   */
  Published readPublished(String payload, String ownerNode) {
    try (JsonParser p = json.createParser(payload)) {
      require(p.nextToken() == JsonToken.START_OBJECT, "a JSON object");
      String register = null;
      Boolean toAll = null;
      List<String> targets = null;
      List<Raw> raw = null;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "register" -> register = text(p, value, "register");
          case "toAll" -> {
            require(value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE, "toAll true or false");
            toAll = value == JsonToken.VALUE_TRUE;
          }
          case "targets" -> {
            require(value == JsonToken.START_ARRAY, "targets as an array");
            targets = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              targets.add(text(p, p.currentToken(), "a target"));
            }
          }
          case "entries" -> {
            require(value == JsonToken.START_ARRAY, "entries as an array");
            raw = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              raw.add(entry(p, payload));
            }
          }
          default -> p.skipChildren();
        }
      }
      require(register != null && toAll != null && targets != null && raw != null, "register, toAll, targets and entries");
      List<RegisterEntry> entries = new ArrayList<>(raw.size());
      for (Raw r : raw) {
        entries.add(new RegisterEntry(register, r.id(), r.version(), ownerNode, r.payload()));
      }
      return new Published(register, toAll, targets, entries);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The payload is not a register.published message: " + e.getOriginalMessage(), e);
    }
  }

  private record Raw(UUID id, long version, String payload) {}

  private static Raw entry(JsonParser p, String message) {
    require(p.currentToken() == JsonToken.START_OBJECT, "each entry an object");
    UUID id = null;
    Long version = null;
    String content = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "id" -> id = UUID.fromString(text(p, value, "an entry's id"));
        case "version" -> {
          require(value == JsonToken.VALUE_NUMBER_INT, "an entry's version as a whole number");
          version = p.getLongValue();
        }
        case "payload" -> {
          if (value != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("An entry's payload must be a JSON object");
          }
          int start = (int) p.currentTokenLocation().getCharOffset();
          p.skipChildren();
          content = message.substring(start, (int) p.currentLocation().getCharOffset());
        }
        default -> p.skipChildren();
      }
    }
    require(id != null && version != null && content != null, "each entry with id, version and payload");
    return new Raw(id, version, content);
  }

  private static String text(JsonParser p, JsonToken token, String what) {
    require(token == JsonToken.VALUE_STRING, what + " as a string");
    return p.getString();
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException("The payload is not a register.published message: it needs " + what);
    }
  }

  String resyncRequested(String register) {
    return "{\"register\":" + json.writeValueAsString(register) + "}";
  }

  String readResyncRequested(String payload) {
    try {
      return json.readTree(payload).required("register").asString();
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The payload is not a register.resync-requested message: " + e.getOriginalMessage(), e);
    }
  }
}
