package cn.deltalink.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.NodeTest;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.platform.NodeId;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The receiving side at Jiangsu: bulletins from Shanghai enter the inbox, are acknowledged, forwarded or not. */
@NodeTest
class ReceivingBulletinsTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired BulletinMessages messages;
  @Autowired ReceivingBulletins receiving;
  @Autowired ReceivingAttachmentParts receivingParts;

  private Officers duty() {
    return Officers.at(port, "duty");
  }

  @Test
  void aBulletinDeliveredTwiceIsStoredOnce() {
    FromShanghai.Sent sent = FromShanghai.bulletin(messages, HandlingCode.H1, "重复投递", FromShanghai.photo());

    deliver(sent);
    deliver(sent);

    UUID id = sent.bulletinId();
    assertThat(jdbc.sql("select count(*) from bulletin where id = :id").param("id", id).query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from bulletin_attachment where bulletin_id = :id").param("id", id).query(Long.class).single()).isEqualTo(1);
    JsonNode inbox = duty().json(duty().get("/api/v1/bulletins/inbox"));
    assertThat(inbox.findValuesAsString("id").stream().filter(id.toString()::equals)).hasSize(1);
  }

  @Test
  void theInboxShowsTheReceivedBulletinWithItsHandlingCodeNotYetAcknowledged() {
    UUID id = received(HandlingCode.H2, "收件箱");
    JsonNode item = inboxItem(id);
    assertThat(item.get("handlingCode").asString()).isEqualTo("H2");
    assertThat(item.get("owningNode").asString()).isEqualTo("SH");
    assertThat(item.get("urgency").asString()).isEqualTo("urgent");
    assertThat(item.get("acknowledged").asBoolean()).isFalse();
  }

  @Test
  void aLargeFileArrivesInPartsAndIsPutTogetherUnchanged() {
    byte[] content = new byte[3 * BulletinMessages.PART_BYTES + 17];
    new java.util.Random(7).nextBytes(content);
    FromShanghai.Sent sent = FromShanghai.bulletin(messages, HandlingCode.H0, "大附件", AttachmentFile.upload("监控录像.bin", "application/octet-stream", content));
    assertThat(sent.parts()).hasSize(4);

    receiving.handle(sent.bulletin());
    receivingParts.handle(sent.parts().get(0));
    receivingParts.handle(sent.parts().get(2));
    assertThat(duty().download("/api/v1/bulletins/" + sent.bulletinId() + "/attachments/1").statusCode()).isEqualTo(409);
    receivingParts.handle(sent.parts().get(3));
    receivingParts.handle(sent.parts().get(1));

    HttpResponse<byte[]> file = duty().download("/api/v1/bulletins/" + sent.bulletinId() + "/attachments/1");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(content);
    assertThat(jdbc.sql("select count(*) from bulletin_attachment_part where bulletin_id = :id").param("id", sent.bulletinId()).query(Long.class).single()).isZero();
  }

  @Test
  void partsThatOvertakeTheirBulletinAreKeptUntilItArrives() {
    FromShanghai.Sent sent = FromShanghai.bulletin(messages, HandlingCode.H0, "附件先到", FromShanghai.photo());

    sent.parts().forEach(receivingParts::handle);
    receiving.handle(sent.bulletin());

    assertThat(duty().download("/api/v1/bulletins/" + sent.bulletinId() + "/attachments/1").statusCode()).isEqualTo(200);
  }

  @Test
  void aPartThatDoesNotMatchTheAnnouncedDigestFailsItsMessageAndTheFileStaysIncomplete() {
    FromShanghai.Sent sent = FromShanghai.bulletin(messages, HandlingCode.H0, "篡改的附件", FromShanghai.photo());
    ReceivedMessage honest = sent.parts().get(0);
    String forged = java.util.Base64.getEncoder().encodeToString("黑色轿车，沪B·99999".getBytes(StandardCharsets.UTF_8));
    ReceivedMessage tampered =
        new ReceivedMessage(honest.id(), honest.type(), honest.senderNode(), honest.senderAgency(), honest.handlingCode(), honest.purpose(), honest.createdAt(), honest.correlationId(),
            honest.payloadJson().replaceAll("\"base64\":\"[^\"]*\"", "\"base64\":\"" + forged + "\""));
    receiving.handle(sent.bulletin());

    // the exchange rolls back what a failing handler wrote; called directly, the part row is left, so only the outcome is checked
    assertThatThrownBy(() -> receivingParts.handle(tampered)).hasMessageContaining("SM3");
    assertThat(duty().download("/api/v1/bulletins/" + sent.bulletinId() + "/attachments/1").statusCode()).isEqualTo(409);
  }

  @Test
  void aPartFromAnotherNodeIsNeverPutIntoTheFile() {
    FromShanghai.Sent sent = FromShanghai.bulletin(messages, HandlingCode.H0, "他人的分片", FromShanghai.photo());
    ReceivedMessage part = sent.parts().get(0);
    receiving.handle(sent.bulletin());

    receivingParts.handle(new ReceivedMessage(UUID.randomUUID(), part.type(), NodeId.of("AH"), "340000000000", part.handlingCode(), part.purpose(), part.createdAt(), part.correlationId(), part.payloadJson()));
    assertThat(duty().download("/api/v1/bulletins/" + sent.bulletinId() + "/attachments/1").statusCode()).isEqualTo(409);

    receivingParts.handle(part);
    assertThat(duty().download("/api/v1/bulletins/" + sent.bulletinId() + "/attachments/1").statusCode()).isEqualTo(200);
  }

  @Test
  void anotherNodeSendingTheSameBulletinIdMakesAnotherBulletinAndTakesNothingFromTheFirst() {
    UUID id = UUID.randomUUID();
    FromShanghai.Sent fromShanghai = FromShanghai.bulletin(messages, "SH", "310000000000", id, HandlingCode.H0, "上海的通报", FromShanghai.photo());
    FromShanghai.Sent fromZhejiang =
        FromShanghai.bulletin(messages, "ZJ", "330000000000", id, HandlingCode.H0, "浙江的同号通报", AttachmentFile.upload("浙江.txt", "text/plain", "浙江的附件".getBytes(StandardCharsets.UTF_8)));

    deliver(fromShanghai);
    deliver(fromZhejiang);

    assertThat(jdbc.sql("select count(*) from bulletin where id_at_owner = :id").param("id", id).query(Long.class).single()).isEqualTo(2);
    assertThat(duty().json(duty().get("/api/v1/bulletins/" + id)).get("title").asString()).isEqualTo("上海的通报");
    UUID zhejiangs = jdbc.sql("select id from bulletin where owning_node = 'ZJ' and id_at_owner = :id").param("id", id).query(UUID.class).single();
    assertThat(zhejiangs).isNotEqualTo(id);
    assertThat(duty().json(duty().get("/api/v1/bulletins/" + zhejiangs)).get("title").asString()).isEqualTo("浙江的同号通报");
    assertThat(new String(duty().download("/api/v1/bulletins/" + id + "/attachments/1").body(), StandardCharsets.UTF_8)).isEqualTo("白色轿车，沪A·12345");
    assertThat(new String(duty().download("/api/v1/bulletins/" + zhejiangs + "/attachments/1").body(), StandardCharsets.UTF_8)).isEqualTo("浙江的附件");
  }

  @Test
  void aNodeThatUsesTheIdFirstDoesNotPreemptTheOwnersBulletinNorItsAcknowledgement() {
    UUID id = UUID.randomUUID();
    FromShanghai.Sent forged = FromShanghai.bulletin(messages, "ZJ", "330000000000", id, HandlingCode.H0, "抢先的同号通报");
    FromShanghai.Sent real = FromShanghai.bulletin(messages, "SH", "310000000000", id, HandlingCode.H0, "真正的通报", FromShanghai.photo());

    deliver(forged);
    // parts first: they wait for the owner's bulletin, not the forger's
    real.parts().forEach(receivingParts::handle);
    receiving.handle(real.bulletin());

    UUID shanghais = jdbc.sql("select id from bulletin where owning_node = 'SH' and id_at_owner = :id").param("id", id).query(UUID.class).single();
    assertThat(duty().json(duty().get("/api/v1/bulletins/" + shanghais)).get("title").asString()).isEqualTo("真正的通报");
    assertThat(new String(duty().download("/api/v1/bulletins/" + shanghais + "/attachments/1").body(), StandardCharsets.UTF_8)).isEqualTo("白色轿车，沪A·12345");

    assertThat(duty().postEmpty("/api/v1/bulletins/" + shanghais + "/acknowledgement").statusCode()).isEqualTo(201);
    String payload =
        jdbc.sql("select payload from exchange_outbox where type = 'bulletin.acknowledged' and correlation_id = :m")
            .param("m", real.bulletin().id())
            .query(String.class)
            .single();
    assertThat(messages.readAcknowledged(payload).bulletinId()).as("the acknowledgement names Shanghai's id").isEqualTo(id);
  }

  @Test
  void anH2BulletinCannotBeForwarded() {
    UUID id = received(HandlingCode.H2, "不得转发");

    HttpResponse<String> refused = duty().postJson("/api/v1/bulletins/" + id + "/forward", "{\"targets\": [\"ZJ\"]}");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(duty().json(refused).get("detail").asString()).isEqualTo("H2: no onward sharing without the sender's permission.");
    assertThat(jdbc.sql("select count(*) from bulletin where forwarded_from = :id").param("id", id).query(Long.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from audit_entry where action = 'bulletin.forward' and subject = :id and outcome like 'denied%'").param("id", id.toString()).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void anH3BulletinCannotBeForwardedEither() {
    UUID id = received(HandlingCode.H3, "另有限制");
    assertThat(duty().postJson("/api/v1/bulletins/" + id + "/forward", "{\"targets\": [\"ZJ\"]}").statusCode()).isEqualTo(403);
  }

  @Test
  void anH0BulletinIsForwardedAsANewBulletinThatNamesTheOriginalSender() {
    UUID id = received(HandlingCode.H0, "可以转发", FromShanghai.photo());

    HttpResponse<String> forwarded = duty().postJson("/api/v1/bulletins/" + id + "/forward", "{\"targets\": [\"ALL\"], \"purpose\": \"扩大协查范围\"}");

    assertThat(forwarded.statusCode()).as(forwarded.body()).isEqualTo(201);
    JsonNode view = duty().json(duty().get("/api/v1/bulletins/" + duty().json(forwarded).get("id").asString()));
    assertThat(view.get("direction").asString()).isEqualTo("sent");
    assertThat(view.get("handlingCode").asString()).isEqualTo("H0");
    assertThat(view.get("forwardedFrom").get("bulletinId").asString()).isEqualTo(id.toString());
    assertThat(view.get("forwardedFrom").get("node").asString()).isEqualTo("SH");
    assertThat(view.get("forwardedFrom").get("senderName").asString()).isEqualTo("沪警官");
    assertThat(PublishingBulletinsTest.nodes(view)).containsExactlyInAnyOrder("ZJ", "AH");
    assertThat(view.get("attachments")).hasSize(1);
  }

  @Test
  void aForwardBackToTheOriginalSenderIsRefused() {
    UUID id = received(HandlingCode.H0, "回传");
    HttpResponse<String> refused = duty().postJson("/api/v1/bulletins/" + id + "/forward", "{\"targets\": [\"SH\"]}");
    assertThat(refused.statusCode()).isEqualTo(400);
  }

  @Test
  void anOfficerAcknowledgingTwiceGetsHisFirstAcknowledgementBackAndOneMessageIsSent() {
    UUID id = received(HandlingCode.H1, "签收两次");

    HttpResponse<String> first = duty().postJson("/api/v1/bulletins/" + id + "/acknowledgement", "{\"note\": \"已布控\"}");
    HttpResponse<String> second = duty().postEmpty("/api/v1/bulletins/" + id + "/acknowledgement");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(200);
    JsonNode ack = duty().json(second);
    assertThat(ack.get("acknowledgedAt").asString()).isEqualTo(duty().json(first).get("acknowledgedAt").asString());
    assertThat(ack.get("note").asString()).isEqualTo("已布控");
    assertThat(ack.get("agency").asString()).isEqualTo("320000000000");
    assertThat(acknowledgementMessages(id)).isEqualTo(1);
    assertThat(inboxItem(id).get("acknowledged").asBoolean()).isTrue();
    JsonNode view = duty().json(duty().get("/api/v1/bulletins/" + id));
    assertThat(view.get("acknowledgement").get("note").asString()).isEqualTo("已布控");
    assertThat(view.get("acknowledgements")).hasSize(1);
  }

  @Test
  void eachOfficerAcknowledgesForHimselfAndEachAcknowledgementTravelsToTheSender() {
    UUID id = received(HandlingCode.H0, "多人签收");
    Officers supervisor = Officers.at(port, "supervisor");
    Officers analyst = Officers.at(port, "analyst");

    assertThat(duty().postJson("/api/v1/bulletins/" + id + "/acknowledgement", "{\"note\": \"值班已阅\"}").statusCode()).isEqualTo(201);
    assertThat(supervisor.postEmpty("/api/v1/bulletins/" + id + "/acknowledgement").statusCode()).isEqualTo(201);

    assertThat(acknowledgementMessages(id)).isEqualTo(2);
    JsonNode byDuty = duty().json(duty().get("/api/v1/bulletins/" + id));
    assertThat(byDuty.get("acknowledgement").get("acknowledgedBy").asString()).isEqualTo("周涛（JS）");
    assertThat(byDuty.get("acknowledgements").valueStream().map(a -> a.get("acknowledgedBy").asString())).containsExactly("周涛（JS）", "郑国平（JS）");
    JsonNode bySupervisor = supervisor.json(supervisor.get("/api/v1/bulletins/" + id));
    assertThat(bySupervisor.get("acknowledgement").get("acknowledgedBy").asString()).isEqualTo("郑国平（JS）");
    assertThat(bySupervisor.get("acknowledgement").has("note")).isFalse();
    JsonNode byAnalyst = analyst.json(analyst.get("/api/v1/bulletins/" + id));
    assertThat(byAnalyst.has("acknowledgement")).isFalse();
    assertThat(byAnalyst.get("acknowledgements")).hasSize(2);

    JsonNode mine = inboxItem(id);
    assertThat(mine.get("acknowledgedByYou").asBoolean()).isTrue();
    assertThat(mine.get("readers").asInt()).isEqualTo(2);
    JsonNode theirs = inboxItem(analyst, id);
    assertThat(theirs.get("acknowledged").asBoolean()).isTrue();
    assertThat(theirs.get("acknowledgedByYou").asBoolean()).isFalse();
  }

  @Test
  void acknowledgingABulletinThatIsNotInTheInboxIsNotFound() {
    assertThat(duty().postEmpty("/api/v1/bulletins/" + UUID.randomUUID() + "/acknowledgement").statusCode()).isEqualTo(404);
    HttpResponse<String> own = duty().postJson("/api/v1/bulletins", """
        {"title": "自己发的", "body": "b", "handlingCode": "H0", "urgency": "routine", "targets": ["SH"]}
        """);
    assertThat(duty().postEmpty("/api/v1/bulletins/" + duty().json(own).get("id").asString() + "/acknowledgement").statusCode()).isEqualTo(404);
  }

  @Test
  void anAttachmentDownloadGivesTheFileAndIsAudited() {
    UUID id = received(HandlingCode.H0, "附件", FromShanghai.photo());

    HttpResponse<byte[]> file = duty().download("/api/v1/bulletins/" + id + "/attachments/1");

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo("白色轿车，沪A·12345");
    assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
    assertThat(jdbc.sql("select count(*) from audit_entry where action = 'bulletin.attachment.download' and subject like :id").param("id", id + "#1%").query(Long.class).single())
        .isEqualTo(1);
    assertThat(duty().download("/api/v1/bulletins/" + id + "/attachments/2").statusCode()).isEqualTo(404);
  }

  private UUID received(HandlingCode code, String title, AttachmentFile... files) {
    FromShanghai.Sent sent = FromShanghai.bulletin(messages, code, title, files);
    deliver(sent);
    return sent.bulletinId();
  }

  private void deliver(FromShanghai.Sent sent) {
    receiving.handle(sent.bulletin());
    sent.parts().forEach(receivingParts::handle);
  }

  private long acknowledgementMessages(UUID id) {
    UUID bulletinMessage = jdbc.sql("select message_id from bulletin where id = :id").param("id", id).query(UUID.class).single();
    return jdbc.sql("select count(*) from exchange_outbox where type = 'bulletin.acknowledged' and correlation_id = :m").param("m", bulletinMessage).query(Long.class).single();
  }

  private JsonNode inboxItem(UUID id) {
    return inboxItem(duty(), id);
  }

  private JsonNode inboxItem(Officers officer, UUID id) {
    JsonNode inbox = officer.json(officer.get("/api/v1/bulletins/inbox"));
    for (JsonNode item : inbox) {
      if (item.get("id").asString().equals(id.toString())) {
        return item;
      }
    }
    throw new AssertionError("Bulletin " + id + " is not in the inbox");
  }
}
