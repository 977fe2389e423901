package cn.deltalink.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.exchange.HandlingCode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@NodeTest
class BulletinPagesTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired BulletinMessages messages;
  @Autowired ReceivingBulletins receiving;

  @Test
  void theInboxPageIsChineseByDefault() {
    received(HandlingCode.H0, "中文页面");
    String page = Officers.at(port, "community").get("/bulletins").body();
    assertThat(page).contains("协查通报").contains("收件箱").contains("中文页面").contains("特急").contains("未签收");
  }

  @Test
  void theInboxPageSpeaksEnglishWhenAskedTo() {
    String page = Officers.at(port, "community").get("/bulletins?lang=en").body();
    assertThat(page).contains("Regional bulletins").contains("Inbox").contains("New bulletin");
  }

  @Test
  void theNewBulletinFormOffersTheOtherProvincesAndTheHandlingCodes() {
    String page = Officers.at(port, "investigator").get("/bulletins/new").body();
    assertThat(page).contains("id=\"new-bulletin\"").contains("value=\"SH\"").contains("value=\"ZJ\"").contains("value=\"AH\"").doesNotContain("value=\"JS\"");
    assertThat(page).contains("H2：未经发布方许可不得转发");
  }

  @Test
  void anOfficerWhoMayNotSendSeesNoForm() {
    String page = Officers.at(port, "clerk").get("/bulletins/new").body();
    assertThat(page).contains("id=\"new-not-allowed\"").doesNotContain("id=\"new-bulletin\"");
  }

  @Test
  void aBulletinSentThroughTheFormWithAFileShowsItsTargetsAndThePollingTable() {
    Officers investigator = Officers.at(port, "investigator");
    Multipart form =
        new Multipart()
            .field("title", "表单发布")
            .field("body", "正文")
            .field("handlingCode", "H1")
            .field("urgency", "urgent")
            .field("targets", "SH")
            .field("targets", "AH")
            .field("purpose", "协查")
            .file("files", "线索.txt", "text/plain", "线索内容".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> posted = investigator.postForm("/bulletins/new", "/bulletins", form);

    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    String location = posted.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/bulletins/[0-9a-f-]{36}");
    String detail = investigator.get(location.substring(location.indexOf("/bulletins/"))).body();
    assertThat(detail).contains("表单发布").contains("id=\"target-SH\"").contains("id=\"target-AH\"").contains("线索.txt").contains("hx-trigger=\"every 3s\"");
  }

  @Test
  void aRefusedFormIsShownAgainWithTheReasonAndWhatWasTyped() {
    Multipart form = new Multipart().field("title", "保留标题").field("body", "正文").field("handlingCode", "H0").field("urgency", "routine").field("purpose", "协查");

    HttpResponse<String> refused = Officers.at(port, "investigator").postForm("/bulletins/new", "/bulletins", form);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"new-error\"").contains("请选择发往省份").doesNotContain("targets is required").contains("value=\"保留标题\"");
  }

  @Test
  void theEnglishFormShowsTheReasonInEnglish() {
    Multipart form = new Multipart().field("title", "kept").field("body", "text").field("handlingCode", "H0").field("urgency", "routine");

    HttpResponse<String> refused = Officers.at(port, "investigator").postForm("/bulletins/new?lang=en", "/bulletins?lang=en", form);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"new-error\"").contains("targets is required");
  }

  @Test
  void aRefusedFieldIsNamedInChinese() {
    Multipart form = new Multipart().field("title", "题".repeat(201)).field("body", "正文").field("handlingCode", "H0").field("urgency", "routine").field("targets", "SH");

    HttpResponse<String> refused = Officers.at(port, "investigator").postForm("/bulletins/new", "/bulletins", form);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("标题有 201 个字符，最多允许 200 个。");
  }

  @Test
  void aRefusedForwardShowsTheReasonInTheOfficersLanguage() {
    UUID id = received(HandlingCode.H0, "转发给原发布方");
    Officers duty = Officers.at(port, "duty");

    HttpResponse<String> chinese = duty.postForm("/bulletins/" + id, "/bulletins/" + id + "/forward", new Multipart().field("targets", "SH"));
    HttpResponse<String> english = duty.postForm("/bulletins/" + id, "/bulletins/" + id + "/forward?lang=en", new Multipart().field("targets", "SH"));

    assertThat(chinese.statusCode()).isEqualTo(400);
    assertThat(chinese.body()).contains("id=\"forward-error\"").contains("SH 是原通报的发布方，不能作为转发的目标。");
    assertThat(english.body()).contains("id=\"forward-error\"").contains("SH wrote the original bulletin and cannot be a target of its forward.");
  }

  @Test
  void aForwardOfAnH2BulletinThroughThePageIsRefusedByTheBulletinAndAudited() {
    UUID id = received(HandlingCode.H2, "页面转发限阅");
    Officers duty = Officers.at(port, "duty");

    HttpResponse<String> refused = duty.postForm("/bulletins/" + id, "/bulletins/" + id + "/forward", new Multipart().field("targets", "ZJ"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("id=\"forward-error\"");
    assertThat(jdbc.sql("select count(*) from audit_entry where action = 'bulletin.forward' and subject = :id and outcome like 'denied%'").param("id", id.toString()).query(Long.class).single())
        .isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from bulletin where forwarded_from = :id").param("id", id).query(Long.class).single()).isZero();
  }

  @Test
  void markupInABulletinIsShownAsText() {
    UUID id = received(HandlingCode.H0, "<script>alert('x')</script>");
    String page = Officers.at(port, "community").get("/bulletins/" + id).body();
    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
  }

  @Test
  void anH2BulletinShowsItsMeaningAndNoForwardButton() {
    UUID id = received(HandlingCode.H2, "H2 页面");
    String page = Officers.at(port, "duty").get("/bulletins/" + id).body();
    assertThat(page).contains("H2：未经发布方许可不得转发").contains("id=\"no-forward\"").doesNotContain("id=\"forward\"").contains("id=\"acknowledge\"");
  }

  @Test
  void anH0BulletinOffersForwardingToTheProvincesThatDidNotWriteIt() {
    UUID id = received(HandlingCode.H0, "H0 页面");
    String page = Officers.at(port, "duty").get("/bulletins/" + id + "?lang=en").body();
    assertThat(page).contains("H0: only for preventing and combating crime").contains("id=\"forward\"").contains("id=\"forward-ZJ\"").doesNotContain("id=\"forward-SH\"");
  }

  @Test
  void openingABulletinIsAudited() {
    UUID id = received(HandlingCode.H1, "审计查看");
    Officers.at(port, "analyst").get("/bulletins/" + id);
    assertThat(jdbc.sql("select count(*) from audit_entry where action = 'bulletin.read' and subject = :id and actor = 'analyst' and purpose = '协查'").param("id", id.toString()).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void theDetailPageOffersTheFormUntilTheOfficerHimselfHasAcknowledged() {
    UUID id = received(HandlingCode.H0, "页面签收");
    Officers duty = Officers.at(port, "duty");
    duty.postEmpty("/api/v1/bulletins/" + id + "/acknowledgement");

    String toSupervisor = Officers.at(port, "supervisor").get("/bulletins/" + id).body();
    String toAnalyst = Officers.at(port, "analyst").get("/bulletins/" + id).body();
    String toDuty = duty.get("/bulletins/" + id).body();

    assertThat(toSupervisor).contains("id=\"acknowledge\"").doesNotContain("id=\"acknowledged\"").contains("周涛（JS） · 江苏省公安厅").contains("本节点签收人员（1 人）");
    // the analyst reads who acknowledged but does not acknowledge for the province
    assertThat(toAnalyst).doesNotContain("id=\"acknowledge\"").contains("周涛（JS） · 江苏省公安厅").contains("本节点签收人员（1 人）");
    assertThat(toDuty).contains("id=\"acknowledged\"").contains("您已于").doesNotContain("id=\"acknowledge\"");
    assertThat(inboxStatus(Officers.at(port, "analyst"), id)).contains("本节点他人已签收（1 人），您未签收").doesNotContain("您已签收");
    assertThat(inboxStatus(duty, id)).contains("您已签收（本节点 1 人）").doesNotContain("他人");
    assertThat(Officers.at(port, "analyst").get("/bulletins/" + id + "?lang=en").body()).contains("Read at this node (1)");
    assertThat(duty.get("/bulletins/" + id + "?lang=en").body()).contains("You acknowledged it at ");
  }

  @Test
  void anUnknownBulletinPageIsNotFound() {
    assertThat(Officers.at(port, "duty").get("/bulletins/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
  }

  /** The acknowledgement cell of one bulletin's row in the officer's inbox page. */
  private static String inboxStatus(Officers officer, UUID id) {
    String page = officer.get("/bulletins").body();
    int start = page.indexOf("id=\"inbox-status-" + id + "\"");
    assertThat(start).as("the inbox row of " + id).isNotNegative();
    return page.substring(start, page.indexOf("</td>", start));
  }

  private UUID received(HandlingCode code, String title) {
    FromShanghai.Sent sent = FromShanghai.bulletin(messages, code, title);
    receiving.handle(sent.bulletin());
    return sent.bulletinId();
  }
}
