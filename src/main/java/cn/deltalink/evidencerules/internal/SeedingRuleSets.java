package cn.deltalink.evidencerules.internal;

import cn.deltalink.evidencerules.internal.core.Rule;
import cn.deltalink.evidencerules.internal.core.RuleSetVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes version 1 of every rule set from the region data while the node starts, where the node holds
 * no version of it yet. Later region data does not overwrite a province's versions: after the seed, a
 * rule set changes only by its owner's edits (ADR 033).
 */
@Component
class SeedingRuleSets implements InitializingBean {

  static final String REGION_DATA = "region-data";
  private static final Logger log = LoggerFactory.getLogger(SeedingRuleSets.class);

  private final RegionRuleFiles files;
  private final RuleSets ruleSets;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock = Clock.systemUTC();

  SeedingRuleSets(RegionRuleFiles files, RuleSets ruleSets, JdbcClient jdbc, TransactionTemplate tx) {
    this.files = files;
    this.ruleSets = ruleSets;
    this.jdbc = jdbc;
    this.tx = tx;
  }

  @Override
  public void afterPropertiesSet() {
    Instant now = clock.instant();
    int seeded =
        tx.execute(
            status -> {
              // Instances of one node sharing a database start together; one seeds, the others wait and find it done.
              jdbc.sql("select pg_advisory_xact_lock(110)").query(Object.class).list();
              int count = 0;
              for (Map.Entry<String, Map<String, List<Rule>>> type : files.seeds().entrySet()) {
                for (Map.Entry<String, List<Rule>> scope : type.getValue().entrySet()) {
                  if (ruleSets.current(type.getKey(), scope.getKey()).isEmpty()) {
                    ruleSets.store(new RuleSetVersion(type.getKey(), scope.getKey(), 1, scope.getValue(), REGION_DATA, now, "Seeded from the region data (" + files.folder() + ")"));
                    count++;
                  }
                }
              }
              return count;
            });
    log.info("Evidence rules: {} rule sets seeded from {}", seeded, files.folder());
  }
}
