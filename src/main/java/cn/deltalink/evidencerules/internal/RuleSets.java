package cn.deltalink.evidencerules.internal;

import cn.deltalink.evidencerules.internal.core.Condition;
import cn.deltalink.evidencerules.internal.core.Rule;
import cn.deltalink.evidencerules.internal.core.RuleSetVersion;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every version held of every rule set ({@code evidence_rule_set}, {@code evidence_rule}); a stored version is never changed. */
@Repository
class RuleSets {

  /** A version's header without its rules, for the history list. */
  record Header(String caseType, String scope, int version, String changedBy, java.time.Instant changedAt, String reason) {}

  private final JdbcClient jdbc;

  RuleSets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a version unless this node holds it already; answers whether it was new. */
  boolean store(RuleSetVersion v) {
    int added =
        jdbc.sql(
                "insert into evidence_rule_set (case_type, scope, version, changed_by, changed_at, reason) values (:type, :scope, :version, :by, :at, :reason)"
                    + " on conflict do nothing")
            .param("type", v.caseType())
            .param("scope", v.scope())
            .param("version", v.version())
            .param("by", v.changedBy())
            .param("at", Timestamp.from(v.changedAt()))
            .param("reason", v.reason())
            .update();
    if (added == 0) {
      return false;
    }
    int position = 0;
    for (Rule r : v.rules()) {
      jdbc.sql("insert into evidence_rule (case_type, scope, version, position, kind, condition) values (:type, :scope, :version, :position, :kind, :condition)")
          .param("type", v.caseType())
          .param("scope", v.scope())
          .param("version", v.version())
          .param("position", position++)
          .param("kind", r.kind())
          .param("condition", r.condition().text())
          .update();
    }
    return true;
  }

  Optional<RuleSetVersion> current(String caseType, String scope) {
    return jdbc.sql("select max(version) from evidence_rule_set where case_type = :type and scope = :scope")
        .param("type", caseType)
        .param("scope", scope)
        .query(Integer.class)
        .optional()
        .flatMap(v -> version(caseType, scope, v));
  }

  Optional<RuleSetVersion> version(String caseType, String scope, int version) {
    Optional<Header> header =
        jdbc.sql("select case_type, scope, version, changed_by, changed_at, reason from evidence_rule_set where case_type = :type and scope = :scope and version = :version")
            .param("type", caseType)
            .param("scope", scope)
            .param("version", version)
            .query((rs, n) -> header(rs))
            .optional();
    return header.map(
        h ->
            new RuleSetVersion(
                h.caseType(),
                h.scope(),
                h.version(),
                jdbc.sql("select kind, condition from evidence_rule where case_type = :type and scope = :scope and version = :version order by position")
                    .param("type", caseType)
                    .param("scope", scope)
                    .param("version", version)
                    .query((rs, n) -> new Rule(rs.getString("kind"), Condition.parse(rs.getString("condition"))))
                    .list(),
                h.changedBy(),
                h.changedAt(),
                h.reason()));
  }

  /** The versions held of one rule set, newest first. */
  List<Header> history(String caseType, String scope) {
    return jdbc.sql("select case_type, scope, version, changed_by, changed_at, reason from evidence_rule_set where case_type = :type and scope = :scope order by version desc")
        .param("type", caseType)
        .param("scope", scope)
        .query((rs, n) -> header(rs))
        .list();
  }

  /** Per scope, the newest version held of a case type's rules. */
  Map<String, Integer> currentVersions(String caseType) {
    Map<String, Integer> versions = new LinkedHashMap<>();
    jdbc.sql("select scope, max(version) as v from evidence_rule_set where case_type = :type group by scope order by scope")
        .param("type", caseType)
        .query((rs, n) -> Map.entry(rs.getString("scope"), rs.getInt("v")))
        .list()
        .forEach(e -> versions.put(e.getKey(), e.getValue()));
    return versions;
  }

  /** The newest changes across all rule sets, newest first. */
  List<Header> recentChanges(int limit) {
    return new ArrayList<>(
        jdbc.sql("select case_type, scope, version, changed_by, changed_at, reason from evidence_rule_set order by changed_at desc, version desc limit :limit")
            .param("limit", limit)
            .query((rs, n) -> header(rs))
            .list());
  }

  private static Header header(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Header(rs.getString("case_type"), rs.getString("scope"), rs.getInt("version"), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(), rs.getString("reason"));
  }
}
