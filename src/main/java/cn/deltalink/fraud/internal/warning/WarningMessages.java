package cn.deltalink.fraud.internal.warning;

import static cn.deltalink.fraud.internal.Refused.rule;

import cn.deltalink.fraud.internal.RuleBroken;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages of a warning between the sending node and the node of the account's province: the
 * warning itself and, back to the sender, each intervention recorded on it.
 */
@Component
class WarningMessages {

  static final String WARNING = "fraud.warning";
  static final String INTERVENTION = "fraud.intervention";
  static final String PURPOSE = "涉诈资金预警";

  private final JsonMapper json;

  WarningMessages(JsonMapper json) {
    this.json = json;
  }

  String write(Object payload) {
    return json.writeValueAsString(payload);
  }

  <T> T read(String payload, Class<T> type) {
    try {
      return json.readValue(payload, type);
    } catch (JacksonException e) {
      RuleBroken broken = rule("fraud.refused.received.payload", type.getSimpleName(), String.valueOf(e.getOriginalMessage()));
      broken.initCause(e);
      throw broken;
    }
  }
}
