package cn.deltalink.certificate.internal.issuing;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The index entry as the shared register carries it: the record's fields as a JSON object. */
@Component
class IndexJson {

  private final JsonMapper json;

  IndexJson(JsonMapper json) {
    this.json = json;
  }

  String write(IndexEntry entry) {
    return json.writeValueAsString(entry);
  }

  /** Reads an entry; a malformed one refuses the message ({@link IllegalArgumentException}, as the register's replicas do). */
  IndexEntry read(String payload) {
    try {
      return json.readValue(payload, IndexEntry.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("Not a certificate index entry: " + e.getOriginalMessage());
    }
  }
}
