package cn.deltalink.evidencerules.internal;

import cn.deltalink.evidencerules.internal.core.RuleSetVersion;
import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.RegisterReplica;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the other provinces' rule set versions as they publish them: each version the shared register
 * hands over is checked (its owner is the province it is for, its kinds are known) and stored beside
 * the versions held.
 */
@Component
class ReplicatingRuleSets implements RegisterReplica {

  private final RuleSets ruleSets;
  private final RegionRuleFiles files;
  private final JsonMapper json;

  ReplicatingRuleSets(RuleSets ruleSets, RegionRuleFiles files, JsonMapper json) {
    this.ruleSets = ruleSets;
    this.files = files;
    this.json = json;
  }

  @Override
  public String register() {
    return RuleSetContent.REGISTER;
  }

  @Override
  public void apply(List<RegisterEntry> newer) {
    for (RegisterEntry entry : newer) {
      RuleSetVersion version;
      try {
        version = json.readValue(entry.payloadJson(), RuleSetContent.class).toVersion();
      } catch (JacksonException | java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("Rule set entry " + entry.id() + " is not a rule set: " + e.getMessage(), e);
      }
      if (!version.scope().equals(entry.ownerNode()) || version.version() != entry.version() || !RuleSetContent.entryId(version.caseType(), version.scope()).equals(entry.id())) {
        throw new IllegalArgumentException("Rule set entry " + entry.id() + ": only a province publishes its own rule set, under its own entry and version");
      }
      java.util.Set<String> known = new java.util.HashSet<>(files.kinds(version.caseType()).stream().map(k -> k.code()).toList());
      if (version.rules().stream().anyMatch(r -> !known.contains(r.kind()))) {
        throw new IllegalArgumentException("Rule set " + version.caseType() + "@" + version.scope() + " names an evidence kind this node does not know");
      }
      ruleSets.store(version);
    }
  }
}
