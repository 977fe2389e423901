package cn.deltalink.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.NodeTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Jiangsu sent a bulletin; acknowledgements from its targets arrive as messages. */
@NodeTest
class AcknowledgementsAtTheSenderTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired BulletinMessages messages;
  @Autowired ReceivingAcknowledgements receiving;

  @Test
  void theSenderSeesWhoAcknowledgedForEachTarget() {
    Sent sent = sendTo("[\"SH\", \"ZJ\"]");

    receiving.handle(FromShanghai.acknowledgement(messages, "SH", "310000000000", sent.id(), sent.messageId()));

    JsonNode targets = Officers.at(port, "investigator").json(Officers.at(port, "investigator").get("/api/v1/bulletins/" + sent.id())).get("targets");
    JsonNode shanghai = targets.get(0);
    assertThat(shanghai.get("node").asString()).isEqualTo("SH");
    assertThat(shanghai.get("acknowledged").asBoolean()).isTrue();
    assertThat(shanghai.get("acknowledgement").get("acknowledgedBy").asString()).isEqualTo("签收员");
    assertThat(shanghai.get("acknowledgement").get("agencyName").asString()).isEqualTo("上海市公安局");
    assertThat(shanghai.get("acknowledgement").get("note").asString()).isEqualTo("已布控");
    assertThat(targets.get(1).get("acknowledged").asBoolean()).isFalse();
  }

  @Test
  void theTrackingTableStopsPollingOnceEveryTargetHasAcknowledged() {
    Sent sent = sendTo("[\"AH\"]");
    Officers investigator = Officers.at(port, "investigator");
    assertThat(investigator.get("/bulletins/" + sent.id() + "/tracking").body()).contains("hx-trigger=\"every 3s\"");

    receiving.handle(FromShanghai.acknowledgement(messages, "AH", "340000000000", sent.id(), sent.messageId()));

    String table = investigator.get("/bulletins/" + sent.id() + "/tracking").body();
    assertThat(table).doesNotContain("hx-trigger").contains("签收员 · 安徽省公安厅");
  }

  @Test
  void aRepeatedAcknowledgementLeavesTheFirstInPlace() {
    Sent sent = sendTo("[\"ZJ\"]");
    receiving.handle(FromShanghai.acknowledgement(messages, "ZJ", "330000000000", sent.id(), sent.messageId()));
    String first = acknowledgedAt(sent.id());

    receiving.handle(FromShanghai.acknowledgement(messages, "ZJ", "330000000000", sent.id(), sent.messageId()));

    assertThat(acknowledgedAt(sent.id())).isEqualTo(first);
  }

  @Test
  void anAcknowledgementFromANodeThatWasNotATargetIsRefused() {
    Sent sent = sendTo("[\"SH\"]");
    assertThatThrownBy(() -> receiving.handle(FromShanghai.acknowledgement(messages, "AH", "340000000000", sent.id(), sent.messageId())))
        .hasMessageContaining("AH is not a target");
  }

  @Test
  void anAcknowledgementOfAnUnknownBulletinIsRefused() {
    assertThatThrownBy(() -> receiving.handle(FromShanghai.acknowledgement(messages, "SH", "310000000000", UUID.randomUUID(), UUID.randomUUID())))
        .hasMessageContaining("sent no bulletin");
  }

  private record Sent(UUID id, UUID messageId) {}

  private Sent sendTo(String targets) {
    Officers investigator = Officers.at(port, "investigator");
    HttpResponse<String> created =
        investigator.postJson("/api/v1/bulletins", "{\"title\": \"待签收\", \"body\": \"b\", \"handlingCode\": \"H0\", \"urgency\": \"routine\", \"targets\": " + targets + "}");
    UUID id = UUID.fromString(investigator.json(created).get("id").asString());
    UUID messageId = jdbc.sql("select message_id from bulletin where id = :id").param("id", id).query(UUID.class).single();
    return new Sent(id, messageId);
  }

  private String acknowledgedAt(UUID id) {
    return jdbc.sql("select acknowledged_at::text from bulletin_target where bulletin_id = :id").param("id", id).query(String.class).single();
  }
}
