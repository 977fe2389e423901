package cn.deltalink.checkpoint.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The event table's duplicate rules: held ids are answered as not stored, also when a resend races its original. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsTest {

  private static final String CHECKPOINT = "320111510000";
  private static final Instant AT = Instant.parse("2026-11-30T08:00:00Z");

  private EmbeddedPostgres postgres;
  private JdbcTemplate jdbc;
  private TransactionTemplate transactions;
  private Events events;

  @BeforeAll
  void database() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
    // one data source for both, so that the template takes part in the transaction
    javax.sql.DataSource database = postgres.getPostgresDatabase();
    jdbc = new JdbcTemplate(database);
    jdbc.update("insert into checkpoint (code, name_zh, name_en, division_code, lanes) values (?, '崇启大桥', 'Chongqi Bridge', '320600', 4)", CHECKPOINT);
    transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
    events = new Events(jdbc);
  }

  @AfterAll
  void stop() throws Exception {
    postgres.close();
  }

  @Test
  void inATransactionOnlyTheIdsNotYetHeldAreStored() {
    assertThat(inTransaction(List.of(read("t-a"), read("t-b")))).containsExactlyInAnyOrder("t-a", "t-b");
    assertThat(inTransaction(List.of(read("t-b"), read("t-c")))).containsExactly("t-c");
    assertThat(inTransaction(List.of(read("t-a"), read("t-c")))).isEmpty();
    assertThat(count("t-%")).isEqualTo(3);
  }

  @Test
  void withoutATransactionTheOneStatementSkipsWhatIsHeld() {
    assertThat(events.store(CHECKPOINT, List.of(read("a-a"), read("a-b")), "http", AT)).containsExactlyInAnyOrder("a-a", "a-b");
    assertThat(events.store(CHECKPOINT, List.of(read("a-b"), read("a-c")), "http", AT)).containsExactly("a-c");
    assertThat(count("a-%")).isEqualTo(3);
  }

  @Test
  void aResendStoredByAnotherTransactionMeanwhileIsADuplicateNotAFailure() throws Exception {
    try (Connection original = postgres.getPostgresDatabase().getConnection()) {
      original.setAutoCommit(false);
      try (PreparedStatement insert = original.prepareStatement(
          "insert into checkpoint_event (checkpoint_code, event_id, kind, at, plate, plate_confidence, source, stored_at) values (?, 'r-x', 'vehicle', ?, '苏A12345', 0.9, 'kafka', ?)")) {
        insert.setString(1, CHECKPOINT);
        insert.setTimestamp(2, java.sql.Timestamp.from(AT));
        insert.setTimestamp(3, java.sql.Timestamp.from(AT));
        insert.executeUpdate();
      }
      // the resend does not see the uncommitted original, so its insert waits on it
      CompletableFuture<Set<String>> resend = CompletableFuture.supplyAsync(() -> inTransaction(List.of(read("r-x"), read("r-y"))));
      Eventually.until("the resend waits for the original's transaction", () -> waitingOnALock() > 0, Duration.ofSeconds(30));
      original.commit();
      assertThat(resend.get(30, TimeUnit.SECONDS)).containsExactly("r-y");
    }
    assertThat(count("r-%")).isEqualTo(2);
  }

  private Set<String> inTransaction(List<PassingEvent> batch) {
    return transactions.execute(status -> events.store(CHECKPOINT, batch, "kafka", AT));
  }

  private long count(String ids) {
    Long n = jdbc.queryForObject("select count(*) from checkpoint_event where event_id like ?", Long.class, ids);
    return n == null ? 0 : n;
  }

  private long waitingOnALock() {
    Long n = jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into checkpoint_event%'", Long.class);
    return n == null ? 0 : n;
  }

  private static PassingEvent read(String id) {
    return new PassingEvent(CHECKPOINT, id, PassingEvent.Kind.VEHICLE, AT, "1", null, null, null, null, null, "苏A12345", 0.9, null);
  }
}
