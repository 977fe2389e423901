package cn.deltalink.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@NodeTest
class PublishingBulletinsTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private Officers investigator() {
    return Officers.at(port, "investigator");
  }

  @Test
  void aBulletinToNamedProvincesIsCreatedWithItsIdAndLocation() {
    HttpResponse<String> created =
        investigator().postJson("/api/v1/bulletins", """
            {"title": "协查：白色轿车", "body": "请协助查找。", "handlingCode": "H1", "urgency": "urgent", "targets": ["SH", "ZJ"]}
            """);

    assertThat(created.statusCode()).isEqualTo(201);
    String id = investigator().json(created).get("id").asString();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/bulletins/" + id);
    JsonNode view = investigator().json(investigator().get("/api/v1/bulletins/" + id));
    assertThat(view.get("direction").asString()).isEqualTo("sent");
    assertThat(view.get("owningNode").asString()).isEqualTo("JS");
    assertThat(view.get("senderAgency").asString()).isEqualTo("320000000000");
    assertThat(view.get("purpose").asString()).isEqualTo("协查");
    assertThat(nodes(view)).containsExactly("SH", "ZJ");
    assertThat(view.get("targets").get(0).get("delivery").get("state").asString()).isIn("QUEUED", "DELIVERED", "FAILED");
    assertThat(view.get("targets").get(0).get("acknowledged").asBoolean()).isFalse();
  }

  @Test
  void aBulletinToAllAddressesEveryOtherMember() {
    String id = created("""
        {"title": "全域协查", "body": "正文", "handlingCode": "H0", "urgency": "routine", "targets": ["ALL"], "purpose": "追逃"}
        """);
    JsonNode view = investigator().json(investigator().get("/api/v1/bulletins/" + id));
    assertThat(view.get("toAll").asBoolean()).isTrue();
    assertThat(view.get("purpose").asString()).isEqualTo("追逃");
    assertThat(nodes(view)).containsExactlyInAnyOrder("SH", "ZJ", "AH");
  }

  @Test
  void theSentListCountsTargetsDeliveriesAndAcknowledgements() {
    String id = created("""
        {"title": "计数", "body": "正文", "handlingCode": "H0", "urgency": "routine", "targets": ["AH"]}
        """);
    JsonNode sent = investigator().json(investigator().get("/api/v1/bulletins/sent"));
    JsonNode item = Stream.of(sent.valueStream().toArray(JsonNode[]::new)).filter(n -> n.get("id").asString().equals(id)).findFirst().orElseThrow();
    assertThat(item.get("targets").asInt()).isEqualTo(1);
    assertThat(item.get("acknowledged").asInt()).isZero();
    assertThat(item.has("delivered")).isTrue();
  }

  @Test
  void creatingIsAuditedWithThePurpose() {
    String id = created("""
        {"title": "审计", "body": "正文", "handlingCode": "H0", "urgency": "routine", "targets": ["SH"], "purpose": "核查线索"}
        """);
    assertThat(jdbc.sql("select count(*) from audit_entry where action = 'bulletin.create' and subject = :id and purpose = '核查线索' and actor = 'investigator'")
            .param("id", id).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void aWindowClerkMayNotSendBulletins() {
    HttpResponse<String> refused = Officers.at(port, "clerk").postJson("/api/v1/bulletins", """
        {"title": "t", "body": "b", "handlingCode": "H0", "urgency": "routine", "targets": ["SH"]}
        """);
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  static Stream<Arguments> badBulletins() {
    return Stream.of(
        Arguments.of("no title", "{\"body\":\"b\",\"handlingCode\":\"H0\",\"urgency\":\"routine\",\"targets\":[\"SH\"]}", "title is required"),
        Arguments.of("blank body", "{\"title\":\"t\",\"body\":\"  \",\"handlingCode\":\"H0\",\"urgency\":\"routine\",\"targets\":[\"SH\"]}", "body is required"),
        Arguments.of("long title", "{\"title\":\"" + "t".repeat(201) + "\",\"body\":\"b\",\"handlingCode\":\"H0\",\"urgency\":\"routine\",\"targets\":[\"SH\"]}", "at most 200"),
        Arguments.of("long body", "{\"title\":\"t\",\"body\":\"" + "b".repeat(20_001) + "\",\"handlingCode\":\"H0\",\"urgency\":\"routine\",\"targets\":[\"SH\"]}", "at most 20000"),
        Arguments.of("NUL in body", "{\"title\":\"t\",\"body\":\"a\\u0000b\",\"handlingCode\":\"H0\",\"urgency\":\"routine\",\"targets\":[\"SH\"]}", "NUL"),
        Arguments.of("unknown handling code", "{\"title\":\"t\",\"body\":\"b\",\"handlingCode\":\"H5\",\"urgency\":\"routine\",\"targets\":[\"SH\"]}", "handlingCode"),
        Arguments.of("unknown urgency", "{\"title\":\"t\",\"body\":\"b\",\"handlingCode\":\"H0\",\"urgency\":\"asap\",\"targets\":[\"SH\"]}", "urgency"),
        Arguments.of("no targets", "{\"title\":\"t\",\"body\":\"b\",\"handlingCode\":\"H0\",\"urgency\":\"routine\",\"targets\":[]}", "targets is required"),
        Arguments.of("unknown target", "{\"title\":\"t\",\"body\":\"b\",\"handlingCode\":\"H0\",\"urgency\":\"routine\",\"targets\":[\"SH\",\"HK\"]}", "Unknown target node HK"),
        Arguments.of("this node as target", "{\"title\":\"t\",\"body\":\"b\",\"handlingCode\":\"H0\",\"urgency\":\"routine\",\"targets\":[\"JS\"]}", "JS is this node"),
        Arguments.of("ALL with a node", "{\"title\":\"t\",\"body\":\"b\",\"handlingCode\":\"H0\",\"urgency\":\"routine\",\"targets\":[\"ALL\",\"SH\"]}", "ALL cannot be combined"),
        Arguments.of("targets not a list", "{\"title\":\"t\",\"body\":\"b\",\"handlingCode\":\"H0\",\"urgency\":\"routine\",\"targets\":\"SH\"}", ""),
        Arguments.of("not JSON", "title=t", ""),
        Arguments.of("bad base64", "{\"title\":\"t\",\"body\":\"b\",\"handlingCode\":\"H0\",\"urgency\":\"routine\",\"targets\":[\"SH\"],\"attachments\":[{\"name\":\"a.txt\",\"contentType\":\"text/plain\",\"base64\":\"%%%\"}]}", "not valid base64"),
        Arguments.of("attachment without name", "{\"title\":\"t\",\"body\":\"b\",\"handlingCode\":\"H0\",\"urgency\":\"routine\",\"targets\":[\"SH\"],\"attachments\":[{\"base64\":\"AQID\"}]}", "needs a file name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBulletins")
  void badInputIsRefusedWith400AndNothingIsStored(String what, String body, String detail) {
    long before = bulletinRows();

    HttpResponse<String> refused = investigator().postJson("/api/v1/bulletins", body);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(investigator().json(refused).get("detail").asString()).contains(detail);
    assertThat(bulletinRows()).isEqualTo(before);
  }

  @Test
  void anUnknownBulletinIsNotFound() {
    assertThat(investigator().get("/api/v1/bulletins/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
  }

  private String created(String json) {
    HttpResponse<String> response = investigator().postJson("/api/v1/bulletins", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return investigator().json(response).get("id").asString();
  }

  static java.util.List<String> nodes(JsonNode view) {
    return view.get("targets").valueStream().map(t -> t.get("node").asString()).toList();
  }

  private long bulletinRows() {
    return jdbc.sql("select count(*) from bulletin").query(Long.class).single();
  }
}
