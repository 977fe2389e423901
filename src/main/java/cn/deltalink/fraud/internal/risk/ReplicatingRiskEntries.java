package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.rule;

import cn.deltalink.fraud.internal.RuleBroken;

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
        RuleBroken broken = rule("fraud.refused.replica.content", entry.id(), String.valueOf(e.getOriginalMessage()));
        broken.initCause(e);
        throw broken;
      }
      if (!risk.id().equals(entry.id()) || risk.version() != entry.version() || !risk.ownerNode().equals(entry.ownerNode())) {
        throw rule("fraud.refused.replica.names", entry.id());
      }
      if (!values.normalise(risk.type(), risk.value()).equals(risk.value())) {
        throw rule("fraud.refused.replica.canonical", entry.id());
      }
      rows.store(risk);
    }
  }
}
