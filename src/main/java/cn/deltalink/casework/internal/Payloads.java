package cn.deltalink.casework.internal;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the JSON payloads of case work's messages and stored details. */
@Component
public class Payloads {

  private final JsonMapper json;

  Payloads(JsonMapper json) {
    this.json = json;
  }

  public String write(Object payload) {
    return json.writeValueAsString(payload);
  }

  /** Reads a payload; a malformed one is an {@link IllegalArgumentException} that names the type. */
  public <T> T read(String payload, Class<T> type) {
    try {
      return json.readValue(payload, type);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The payload is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
