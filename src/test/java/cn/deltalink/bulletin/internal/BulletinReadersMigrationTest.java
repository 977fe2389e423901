package cn.deltalink.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V41 on a database that already holds bulletins acknowledged the V40 way (one per node). */
class BulletinReadersMigrationTest {

  private static final String BULLETIN =
      "insert into bulletin (id, direction, owning_node, sender_agency, sender_name, title, body, handling_code, urgency, purpose, to_all, target_nodes, message_id, created_at)"
          + " values (?, ?, ?, '320000000000', '陈刚', '迁移', 'b', 'H0', 'routine', '协查', false, 'SH', ?, now())";

  @Test
  void theAcknowledgementsMadeBeforeStayAndTheSendersFirstBecomesItsFirstReader() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
      migrateTo(postgres, "40");
      UUID sent = UUID.randomUUID();
      UUID received = UUID.randomUUID();
      UUID ackMessage = UUID.randomUUID();
      jdbc.update(BULLETIN, sent, "SENT", "JS", UUID.randomUUID());
      jdbc.update(
          "insert into bulletin_target (bulletin_id, node, acknowledged_at, acknowledged_by, acknowledged_agency, acknowledgement_note, acknowledgement_message_id)"
              + " values (?, 'SH', now(), '周涛（SH）', '310000000000', '已布控', ?)",
          sent, ackMessage);
      jdbc.update("insert into bulletin_target (bulletin_id, node) values (?, 'ZJ')", sent);
      jdbc.update(BULLETIN, received, "RECEIVED", "SH", UUID.randomUUID());
      jdbc.update(
          "insert into bulletin_acknowledgement (bulletin_id, acknowledged_at, officer_username, officer_name, agency_code) values (?, now(), 'duty', '周涛（JS）', '320000000000')",
          received);

      migrateTo(postgres, "41");

      assertThat(jdbc.queryForList("select node, officer_name, note, message_id from bulletin_reader where bulletin_id = ?", sent))
          .singleElement()
          .satisfies(r -> {
            assertThat(r).containsEntry("node", "SH").containsEntry("officer_name", "周涛（SH）").containsEntry("note", "已布控");
            assertThat(r.get("message_id")).isEqualTo(ackMessage);
          });
      jdbc.update(
          "insert into bulletin_acknowledgement (bulletin_id, acknowledged_at, officer_username, officer_name, agency_code) values (?, now(), 'supervisor', '郑国平（JS）', '320000000000')",
          received);
      assertThat(jdbc.queryForObject("select count(*) from bulletin_acknowledgement where bulletin_id = ?", Integer.class, received)).isEqualTo(2);
    }
  }

  private static void migrateTo(EmbeddedPostgres postgres, String version) {
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").target(version).load().migrate();
  }
}
