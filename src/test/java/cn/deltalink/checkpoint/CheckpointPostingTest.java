package cn.deltalink.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.alert.ApiCalls;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An administrator posts a checkpoint officer to a checkpoint; from then on the officer sees that
 * checkpoint's screen and hits only, and the refusals say so in the officer's language.
 */
@NodeTest
class CheckpointPostingTest {

  /** 南通海门 Haiyong and 启东 Lüsigang, two border stations of Jiangsu. */
  private static final String HAIYONG = "320614510000";
  private static final String LUSIGANG = "320681510000";

  @LocalServerPort int port;

  private String demoPost;

  @BeforeEach
  void postTheCheckpointOfficerAtHaiyong() {
    JsonNode all = officer("admin").read("/api/v1/checkpoint-officers");
    demoPost = all.valueStream().filter(p -> p.get("username").asString().equals("checkpoint")).findFirst().orElseThrow().get("checkpointCode").asString();
    HttpResponse<String> posted = officer("admin").put("/api/v1/checkpoints/" + HAIYONG + "/officers/checkpoint");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
  }

  @AfterEach
  void putTheDemoPostBack() {
    officer("admin").put("/api/v1/checkpoints/" + demoPost + "/officers/checkpoint");
  }

  @Test
  void thePostedOfficerSeesHisCheckpointsHitsAndNoOthers() {
    ApiCalls checkpoint = officer("checkpoint");
    assertThat(checkpoint.get("/api/v1/checkpoints/" + HAIYONG + "/hits").statusCode()).isEqualTo(200);
    HttpResponse<String> other = checkpoint.get("/api/v1/checkpoints/" + LUSIGANG + "/hits");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("posted at checkpoint " + HAIYONG);
    assertThat(checkpoint.post("/api/v1/checkpoints/" + LUSIGANG + "/events", """
        {"events": [{"id": "posting-%s", "kind": "vehicle", "at": "%s", "plate": "苏F12345"}]}
        """.formatted(System.nanoTime(), Instant.now())).statusCode()).isEqualTo(403);
    assertThat(checkpoint.get("/api/v1/hits/stream").statusCode()).isEqualTo(403);
    assertThat(officer("duty").get("/api/v1/checkpoints/" + LUSIGANG + "/hits").statusCode()).isEqualTo(200);
  }

  @Test
  void theHitListOfAPostedOfficerHoldsHisCheckpointsHitsOnly() {
    ApiCalls investigator = officer("investigator");
    String plate = "苏F8Q" + (100 + (int) (System.nanoTime() % 800));
    investigator.post("/api/v1/alerts", """
        {"kind": "vehicle", "category": "stolen", "vehicle": {"plate": "%s"}, "reason": "车辆被盗", "validUntil": "2099-01-01"}
        """.formatted(plate));
    JsonNode atLusigang = officer("duty").json(officer("duty").post("/api/v1/checkpoints/" + LUSIGANG + "/events", """
        {"events": [{"id": "posting-%s", "kind": "vehicle", "at": "%s", "plate": "%s", "plateConfidence": 0.98}]}
        """.formatted(System.nanoTime(), Instant.now(), plate)));
    String hitElsewhere = atLusigang.get("hits").get(0).get("id").asString();

    JsonNode listed = officer("checkpoint").read("/api/v1/hits?limit=500");
    assertThat(listed.valueStream().map(h -> h.get("checkpoint").get("code").asString())).allMatch(HAIYONG::equals);
    assertThat(officer("checkpoint").get("/api/v1/hits/" + hitElsewhere).statusCode()).isEqualTo(403);
    assertThat(officer("duty").get("/api/v1/hits/" + hitElsewhere).statusCode()).isEqualTo(200);
  }

  @Test
  void anOfficerNotPostedAnywhereIsToldToAskAnAdministrator() {
    assertThat(officer("admin").delete("/api/v1/checkpoints/" + HAIYONG + "/officers/checkpoint").statusCode()).isEqualTo(200);
    HttpResponse<String> refused = officer("checkpoint").get("/api/v1/checkpoints/" + HAIYONG + "/hits");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("administrator");
  }

  @Test
  void onlyAdministratorsPostAndOnlyCheckpointOfficersArePosted() {
    assertThat(officer("duty").put("/api/v1/checkpoints/" + LUSIGANG + "/officers/checkpoint").statusCode()).isEqualTo(403);
    HttpResponse<String> notACheckpointOfficer = officer("admin").put("/api/v1/checkpoints/" + LUSIGANG + "/officers/investigator");
    assertThat(notACheckpointOfficer.statusCode()).isEqualTo(400);
    assertThat(officer("admin").put("/api/v1/checkpoints/999999999999/officers/checkpoint").statusCode()).isEqualTo(404);
    JsonNode trail = officer("auditor").read("/api/v1/audit/entries?action=checkpoint.assign");
    assertThat(trail.toString()).contains("checkpoint -> " + HAIYONG).contains("denied");
  }

  @Test
  void theAdministratorPostsOnThePageAndTheOfficersScreenRefusesOtherCheckpointsInHisLanguage() {
    PageSession admin = PageSession.signIn(base(), "admin");
    assertThat(admin.get("/admin/checkpoint-officers").body()).contains("posting-checkpoint").contains("查控民警分配");
    HttpResponse<String> moved = admin.post("/admin/checkpoint-officers", "/admin/checkpoint-officers", Map.of("username", "checkpoint", "checkpoint", LUSIGANG));
    assertThat(moved.statusCode()).isEqualTo(302);

    PageSession checkpoint = PageSession.signIn(base(), "checkpoint");
    assertThat(checkpoint.get("/checkpoints").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/checkpoints/" + LUSIGANG));
    HttpResponse<String> chinese = checkpoint.get("/checkpoints/" + HAIYONG);
    assertThat(chinese.statusCode()).isEqualTo(403);
    assertThat(chinese.body()).contains("您分配在查控点 " + LUSIGANG);
    HttpResponse<String> english = checkpoint.get("/checkpoints/" + HAIYONG + "?lang=en");
    assertThat(english.body()).contains("You are posted at checkpoint " + LUSIGANG);
    assertThat(checkpoint.get("/hits").statusCode()).isEqualTo(403);
  }

  @Test
  void theHitOnTheScreenShowsTheAlertsPhotoAndTheAlertPageToo() {
    String residentId = cn.deltalink.alert.Residents.residentId("320583", java.time.LocalDate.of(1978, 8, 21), (int) (System.nanoTime() % 900) + 10, true);
    ApiCalls investigator = officer("investigator");
    String alert = investigator.json(investigator.post("/api/v1/alerts", """
        {"kind": "person", "category": "wanted-for-arrest", "person": {"residentId": "%s", "name": "吴国栋"}, "reason": "盗窃在逃", "validUntil": "2099-01-01"}
        """.formatted(residentId))).get("id").asString();
    assertThat(investigator.put("/api/v1/alerts/" + alert + "/photo", cn.deltalink.alert.Photos.jpeg(120, 160), "image/jpeg").statusCode()).isEqualTo(200);
    HttpResponse<String> batch = officer("checkpoint").post("/api/v1/checkpoints/" + HAIYONG + "/events", """
        {"events": [{"id": "photo-%s", "kind": "person", "at": "%s", "lane": "1", "residentId": "%s"}]}
        """.formatted(System.nanoTime(), Instant.now(), residentId));
    assertThat(officer("checkpoint").json(batch).get("hits").get(0).get("photo").asString()).isEqualTo("/alerts/" + alert + "/photo");

    PageSession checkpoint = PageSession.signIn(base(), "checkpoint");
    assertThat(checkpoint.get("/checkpoints/" + HAIYONG + "/hits").body()).contains("hit-photo").contains("/alerts/" + alert + "/photo");
    HttpResponse<String> image = checkpoint.get("/alerts/" + alert + "/photo");
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(PageSession.signIn(base(), "investigator").get("/alerts/" + alert).body()).contains("id=\"alert-photo\"");
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private ApiCalls officer(String username) {
    return ApiCalls.at(base(), username);
  }
}
