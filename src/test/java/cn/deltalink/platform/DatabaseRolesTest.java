package cn.deltalink.platform;

import cn.deltalink.access.AuditOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.NodeTest;
import cn.deltalink.access.AuditTrail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The node connects as the application role, which may append to and read the audit trail and the
 * message log but never change, delete or truncate them (ADR 018); the owner role ran the migrations.
 */
@NodeTest
class DatabaseRolesTest {

  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;
  @Autowired EmbeddedPostgres postgres;

  @Test
  void theNodeRunsAsTheApplicationRoleAndTheOwnerMigrated() {
    assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(DatabaseRoles.APP);
    JdbcClient superuser = JdbcClient.create(postgres.getPostgresDatabase());
    assertThat(superuser.sql("select tableowner from pg_tables where tablename = 'audit_entry'").query(String.class).single()).isEqualTo(DatabaseRoles.OWNER);
    assertThat(superuser.sql("select distinct installed_by from flyway_schema_history").query(String.class).list()).containsExactly(DatabaseRoles.OWNER);
  }

  @Test
  void theApplicationRoleAppendsToTheAuditTrailButCannotRewriteIt() {
    audit.record("test.roles", "append", "", AuditOutcome.ok());
    long last = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
    for (String statement :
        List.of(
            "update audit_entry set purpose = 'x' where id = " + last,
            "delete from audit_entry where id = " + last,
            "truncate audit_entry",
            "delete from audit_chain_head",
            "truncate audit_chain_head",
            "delete from audit_head_seal",
            "update audit_head_witness set seq = 0")) {
      assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement).isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
    }
    assertThat(jdbc.sql("select count(*) from audit_entry where id = " + last + " and action = 'test.roles'").query(Long.class).single()).isOne();
  }

  @Test
  void theApplicationRoleCannotRewriteTheMessageLog() {
    for (String table : List.of("exchange_log", "exchange_log_chain", "exchange_log_seal", "exchange_held_head", "exchange_log_witness")) {
      for (String statement : List.of("delete from " + table, "truncate " + table)) {
        assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement).isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
      }
    }
    assertThatThrownBy(() -> jdbc.sql("update exchange_log set detail = 'x'").update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
  }

  @Test
  void truncatingTheMessageLogIsRefusedEvenForTheOwner() {
    JdbcClient superuser = JdbcClient.create(postgres.getPostgresDatabase());
    assertThatThrownBy(() -> superuser.sql("truncate exchange_log_chain").update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
  }
}
