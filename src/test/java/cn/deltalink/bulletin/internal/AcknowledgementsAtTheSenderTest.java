package cn.deltalink.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.NodeTest;
import cn.deltalink.exchange.ReceivedMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Jiangsu sent a bulletin; its readers' acknowledgements arrive from the targets as messages. */
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
    assertThat(shanghai.get("readers")).hasSize(1);
    assertThat(shanghai.get("readers").get(0).get("acknowledgedBy").asString()).isEqualTo("签收员");
    assertThat(shanghai.get("node").asString()).isEqualTo("SH");
    assertThat(shanghai.get("acknowledged").asBoolean()).isTrue();
    assertThat(shanghai.get("acknowledgement").get("acknowledgedBy").asString()).isEqualTo("签收员");
    assertThat(shanghai.get("acknowledgement").get("agencyName").asString()).isEqualTo("上海市公安局");
    assertThat(shanghai.get("acknowledgement").get("note").asString()).isEqualTo("已布控");
    assertThat(targets.get(1).get("acknowledged").asBoolean()).isFalse();
    assertThat(targets.get(1).get("readers")).isEmpty();
  }

  @Test
  void theTrackingTablePollsLessOftenOnceEveryTargetHasAcknowledged() {
    Sent sent = sendTo("[\"AH\"]");
    Officers investigator = Officers.at(port, "investigator");
    assertThat(investigator.get("/bulletins/" + sent.id() + "/tracking").body()).contains("hx-trigger=\"every 3s\"");

    receiving.handle(FromShanghai.acknowledgement(messages, "AH", "340000000000", sent.id(), sent.messageId()));

    String table = investigator.get("/bulletins/" + sent.id() + "/tracking").body();
    assertThat(table).contains("hx-trigger=\"every 30s\"").doesNotContain("every 3s").contains("签收员 · 安徽省公安厅");
  }

  @Test
  void theSameAcknowledgementDeliveredTwiceAddsNoReader() {
    Sent sent = sendTo("[\"ZJ\"]");
    ReceivedMessage ack = FromShanghai.acknowledgement(messages, "ZJ", "330000000000", sent.id(), sent.messageId());
    receiving.handle(ack);
    String first = acknowledgedAt(sent.id());

    receiving.handle(ack);

    assertThat(acknowledgedAt(sent.id())).isEqualTo(first);
    assertThat(target(sent.id(), 0).get("readers")).hasSize(1);
  }

  @Test
  void everyReaderOfATargetIsListedInTimeOrderAndTheEarliestIsTheNodesAcknowledgement() {
    Sent sent = sendTo("[\"SH\"]");
    Instant earlier = Instant.now().truncatedTo(ChronoUnit.MICROS);
    // the later reader's message arrives first: the list and the node's acknowledgement follow the times
    receiving.handle(FromShanghai.acknowledgement(messages, "SH", "310000000000", sent.id(), sent.messageId(), "后签收", earlier.plusSeconds(60)));
    receiving.handle(FromShanghai.acknowledgement(messages, "SH", "310000000000", sent.id(), sent.messageId(), "先签收", earlier));

    JsonNode shanghai = target(sent.id(), 0);
    assertThat(shanghai.get("readers").valueStream().map(r -> r.get("acknowledgedBy").asString())).containsExactly("先签收", "后签收");
    assertThat(shanghai.get("readers").get(0).get("agencyName").asString()).isEqualTo("上海市公安局");
    assertThat(shanghai.get("acknowledgement").get("acknowledgedBy").asString()).isEqualTo("先签收");
    JsonNode item = Officers.at(port, "investigator").json(Officers.at(port, "investigator").get("/api/v1/bulletins/sent")).valueStream()
        .filter(i -> i.get("id").asString().equals(sent.id().toString())).findFirst().orElseThrow();
    assertThat(item.get("acknowledged").asInt()).isEqualTo(1);
    assertThat(item.get("readers").asInt()).isEqualTo(2);
  }

  @Test
  void theDetailPageListsEveryReaderOfATarget() {
    Sent sent = sendTo("[\"SH\"]");
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    receiving.handle(FromShanghai.acknowledgement(messages, "SH", "310000000000", sent.id(), sent.messageId(), "沪甲", at));
    receiving.handle(FromShanghai.acknowledgement(messages, "SH", "310000000000", sent.id(), sent.messageId(), "沪乙", at.plusSeconds(1)));

    String page = Officers.at(port, "investigator").get("/bulletins/" + sent.id() + "?lang=en").body();

    assertThat(page).contains("id=\"readers-SH\"").contains("沪甲 · Shanghai").contains("沪乙 · Shanghai").contains("Acknowledged (readers: 2)");
    assertThat(page.indexOf("沪甲")).isLessThan(page.indexOf("沪乙"));
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

  private JsonNode target(UUID id, int index) {
    return Officers.at(port, "investigator").json(Officers.at(port, "investigator").get("/api/v1/bulletins/" + id)).get("targets").get(index);
  }

  private String acknowledgedAt(UUID id) {
    return jdbc.sql("select acknowledged_at::text from bulletin_target where bulletin_id = :id").param("id", id).query(String.class).single();
  }
}
