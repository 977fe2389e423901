package cn.deltalink.register.internal;

import cn.deltalink.register.RegisterEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
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

  Published readPublished(String payload, String ownerNode) {
    try {
      JsonNode root = json.readTree(payload);
      String register = root.required("register").asString();
      List<String> targets = new ArrayList<>();
      root.required("targets").forEach(t -> targets.add(t.asString()));
      List<RegisterEntry> entries = new ArrayList<>();
      for (JsonNode e : root.required("entries")) {
        JsonNode content = e.required("payload");
        if (!content.isObject()) {
          throw new IllegalArgumentException("An entry's payload must be a JSON object");
        }
        entries.add(new RegisterEntry(register, UUID.fromString(e.required("id").asString()), e.required("version").asLong(), ownerNode, json.writeValueAsString(content)));
      }
      return new Published(register, root.required("toAll").asBoolean(), targets, entries);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The payload is not a register.published message: " + e.getOriginalMessage(), e);
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
