package cn.deltalink.access.internal.audit;

import cn.deltalink.access.TrailAlarm;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the node last learnt about its audit trail: broken (by a failed append, a verification, or a
 * head that would not extend the signed one) until a verification finds it intact or the operator
 * restarts it. A missing chain head is also looked for on each ask, since then nothing can be
 * recorded at all.
 */
@Component
class TrailCondition implements TrailAlarm {

  private final JdbcClient jdbc;
  private volatile @Nullable String problem;

  TrailCondition(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void broken(String reason) {
    problem = reason;
  }

  void intact() {
    problem = null;
  }

  @Override
  public Optional<String> auditTrailProblem() {
    if (!jdbc.sql("select exists (select 1 from audit_chain_head where id = 1)").query(Boolean.class).single()) {
      problem = ChainedAuditTrail.HEAD_MISSING;
    }
    return Optional.ofNullable(problem);
  }
}
