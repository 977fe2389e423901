package cn.deltalink.fraud.internal.risk;

import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.RegisterReplica;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps this node's replica of other provinces' risk entries: each newer version the shared register
 * hands over is checked against the entry's rules (a version that breaks them refuses the message).
 */
@Component
class ReplicatingRiskEntries implements RegisterReplica {

  private final RiskEntryRows rows;
  private final RiskValues values;
  private final JsonMapper json;

  ReplicatingRiskEntries(RiskEntryRows rows, RiskValues values, JsonMapper json) {
    this.rows = rows;
    this.values = values;
    this.json = json;
  }

  @Override
  public String register() {
    return RecordingRiskEntries.REGISTER;
  }

  @Override
  public void apply(List<RegisterEntry> newer) {
    for (RegisterEntry entry : newer) {
      RiskEntry risk;
      try {
        risk = json.readValue(entry.payloadJson(), RiskEntry.class);
      } catch (JacksonException e) {
        throw new IllegalArgumentException("Risk entry " + entry.id() + " is not a risk entry's content: " + e.getOriginalMessage(), e);
      }
      if (!risk.id().equals(entry.id()) || risk.version() != entry.version() || !risk.ownerNode().equals(entry.ownerNode())) {
        throw new IllegalArgumentException("Risk entry " + entry.id() + ": its content names another id, version or owner than its register entry");
      }
      if (!values.normalise(risk.type(), risk.value()).equals(risk.value())) {
        throw new IllegalArgumentException("Risk entry " + entry.id() + ": its value is not in canonical form");
      }
      rows.store(risk);
    }
  }
}
