package cn.deltalink.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.exchange.HandlingCode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Who may read and act on bulletins at Jiangsu, per role (docs/access.md, "Bulletins"). */
@NodeTest
class BulletinAccessTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired BulletinMessages messages;
  @Autowired ReceivingBulletins receiving;
  @Autowired ReceivingAttachmentParts receivingParts;

  @Test
  void anH2BulletinAndItsAttachmentsAreReadByDutyOfficersSupervisorsAndInvestigatorsOnly() {
    UUID id = received(HandlingCode.H2, "限阅通报");
    Officers analyst = Officers.at(port, "analyst");

    HttpResponse<String> refused = analyst.get("/api/v1/bulletins/" + id);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(analyst.json(refused).get("detail").asString()).contains("H2");
    assertThat(analyst.download("/api/v1/bulletins/" + id + "/attachments/1").statusCode()).isEqualTo(403);
    assertThat(analyst.get("/bulletins/" + id).statusCode()).isEqualTo(403);
    assertThat(analyst.get("/bulletins/" + id + "/tracking").statusCode()).isEqualTo(403);
    assertThat(inboxIds(analyst)).doesNotContain(id.toString());
    assertThat(audited("bulletin.read", id.toString(), "analyst", "denied")).isEqualTo(3);
    assertThat(audited("bulletin.attachment.download", id.toString(), "analyst", "denied")).isEqualTo(1);

    for (String reader : new String[] {"duty", "supervisor", "investigator"}) {
      Officers officer = Officers.at(port, reader);
      assertThat(officer.get("/api/v1/bulletins/" + id).statusCode()).as(reader).isEqualTo(200);
      assertThat(officer.download("/api/v1/bulletins/" + id + "/attachments/1").statusCode()).as(reader).isEqualTo(200);
      assertThat(inboxIds(officer)).as(reader).contains(id.toString());
    }
  }

  @Test
  void anH3BulletinIsNotForTheAdministratorEither() {
    UUID id = received(HandlingCode.H3, "更严限阅");
    assertThat(Officers.at(port, "admin").get("/api/v1/bulletins/" + id).statusCode()).isEqualTo(403);
    assertThat(Officers.at(port, "community").get("/api/v1/bulletins/" + id).statusCode()).isEqualTo(403);
  }

  @Test
  void h0AndH1BulletinsAreReadByEveryOfficer() {
    UUID h0 = received(HandlingCode.H0, "公开通报");
    UUID h1 = received(HandlingCode.H1, "内部通报");
    Officers community = Officers.at(port, "community");
    assertThat(community.get("/api/v1/bulletins/" + h0).statusCode()).isEqualTo(200);
    assertThat(community.download("/api/v1/bulletins/" + h1 + "/attachments/1").statusCode()).isEqualTo(200);
    assertThat(inboxIds(community)).contains(h0.toString(), h1.toString());
  }

  @Test
  void onlyDutyOfficersAndSupervisorsAcknowledgeForTheProvince() {
    UUID id = received(HandlingCode.H0, "代表本省签收");

    for (String other : new String[] {"analyst", "investigator", "admin"}) {
      HttpResponse<String> refused = Officers.at(port, other).postEmpty("/api/v1/bulletins/" + id + "/acknowledgement");
      assertThat(refused.statusCode()).as(other).isEqualTo(403);
      assertThat(audited("bulletin.acknowledge", id.toString(), other, "denied")).as(other).isEqualTo(1);
    }
    assertThat(acknowledgementMessages(id)).isZero();
    assertThat(Officers.at(port, "investigator").get("/bulletins/" + id).body()).doesNotContain("id=\"acknowledge\"");
    assertThat(Officers.at(port, "supervisor").get("/bulletins/" + id).body()).contains("id=\"acknowledge\"");

    assertThat(Officers.at(port, "supervisor").postEmpty("/api/v1/bulletins/" + id + "/acknowledgement").statusCode()).isEqualTo(201);
    assertThat(acknowledgementMessages(id)).isEqualTo(1);
  }

  @Test
  void openingTheSentListIsAuditedButThePagesPollingOfTrackingIsNot() {
    Officers duty = Officers.at(port, "duty");
    HttpResponse<String> created = duty.postJson("/api/v1/bulletins", """
        {"title": "跟踪审计", "body": "b", "handlingCode": "H0", "urgency": "routine", "targets": ["SH"]}
        """);
    String id = duty.json(created).get("id").asString();
    long lists = audited("bulletin.tracking.list", "%", "duty", "ok");

    assertThat(duty.get("/api/v1/bulletins/sent").statusCode()).isEqualTo(200);
    assertThat(duty.get("/bulletins/sent").statusCode()).isEqualTo(200);
    assertThat(audited("bulletin.tracking.list", "%", "duty", "ok")).isEqualTo(lists + 2);

    assertThat(duty.get("/bulletins/" + id).statusCode()).isEqualTo(200);
    long reads = audited("bulletin.read", id, "duty", "ok");
    assertThat(reads).isEqualTo(1);
    assertThat(duty.get("/bulletins/" + id + "/tracking").statusCode()).isEqualTo(200);
    assertThat(audited("bulletin.read", id, "duty", "ok")).isEqualTo(reads);
  }

  @Test
  void aSentH2BulletinIsNotListedForAnOfficerWhoMayNotReadIt() {
    Officers duty = Officers.at(port, "duty");
    String id = duty.json(duty.postJson("/api/v1/bulletins", """
        {"title": "发出的限阅通报", "body": "b", "handlingCode": "H2", "urgency": "routine", "targets": ["SH"]}
        """)).get("id").asString();
    Officers analyst = Officers.at(port, "analyst");
    assertThat(analyst.json(analyst.get("/api/v1/bulletins/sent")).findValuesAsString("id")).doesNotContain(id);
    assertThat(duty.json(duty.get("/api/v1/bulletins/sent")).findValuesAsString("id")).contains(id);
    assertThat(analyst.get("/api/v1/bulletins/" + id).statusCode()).isEqualTo(403);
  }

  private java.util.List<String> inboxIds(Officers officer) {
    JsonNode inbox = officer.json(officer.get("/api/v1/bulletins/inbox"));
    return inbox.findValuesAsString("id");
  }

  private long audited(String action, String subject, String actor, String outcome) {
    return jdbc.sql("select count(*) from audit_entry where action = :action and subject like :subject and actor = :actor and outcome like :outcome")
        .param("action", action)
        .param("subject", subject)
        .param("actor", actor)
        .param("outcome", outcome + "%")
        .query(Long.class)
        .single();
  }

  private long acknowledgementMessages(UUID id) {
    UUID bulletinMessage = jdbc.sql("select message_id from bulletin where id = :id").param("id", id).query(UUID.class).single();
    return jdbc.sql("select count(*) from exchange_outbox where type = 'bulletin.acknowledged' and correlation_id = :m").param("m", bulletinMessage).query(Long.class).single();
  }

  private UUID received(HandlingCode code, String title) {
    FromShanghai.Sent sent = FromShanghai.bulletin(messages, code, title, FromShanghai.photo());
    receiving.handle(sent.bulletin());
    sent.parts().forEach(receivingParts::handle);
    return sent.bulletinId();
  }
}
