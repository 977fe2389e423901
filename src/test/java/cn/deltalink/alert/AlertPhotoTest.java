package cn.deltalink.alert;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The photo of a person alert: put by an issuer, the type read from the content, the size and
 * dimensions limited, shown to the roles that recognise people, every view in the audit trail.
 */
@NodeTest
class AlertPhotoTest {

  @LocalServerPort int port;

  private ApiCalls investigator;
  private String alert;

  @BeforeEach
  void aPersonAlertOfJiangsu() {
    investigator = officer("investigator");
    String residentId = Residents.residentId("320102", LocalDate.of(1985, 3, 14), new Random().nextInt(900) + 10, true);
    HttpResponse<String> created = investigator.post("/api/v1/alerts", """
        {"kind": "person", "category": "wanted-for-arrest", "person": {"residentId": "%s", "name": "钱建军"}, "reason": "诈骗在逃", "validUntil": "2099-01-01"}
        """.formatted(residentId));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    alert = investigator.json(created).get("id").asString();
  }

  @Test
  void anUploadedJpegIsAnsweredAsTheSameBytesAndTheAlertPointsToIt() {
    byte[] jpeg = Photos.jpeg(240, 320);
    // the claimed type is not trusted: the content says JPEG
    HttpResponse<String> put = investigator.put("/api/v1/alerts/" + alert + "/photo", jpeg, "application/octet-stream");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(investigator.json(put).get("contentType").asString()).isEqualTo("image/jpeg");

    HttpResponse<byte[]> got = officer("checkpoint").bytes("/api/v1/alerts/" + alert + "/photo?purpose=" + "核对");
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(got.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(Arrays.equals(got.body(), jpeg)).isTrue();
    assertThat(investigator.read("/api/v1/alerts/" + alert).get("photo").asString()).isEqualTo("/api/v1/alerts/" + alert + "/photo");
  }

  @Test
  void aPngReplacesTheJpegAsTheNextVersion() {
    investigator.put("/api/v1/alerts/" + alert + "/photo", Photos.jpeg(100, 120), "image/jpeg");
    HttpResponse<String> again = investigator.put("/api/v1/alerts/" + alert + "/photo", Photos.png(100, 120), "image/jpeg");
    assertThat(investigator.json(again).get("version").asLong()).isEqualTo(2);
    assertThat(investigator.json(again).get("contentType").asString()).isEqualTo("image/png");
  }

  @Test
  void aTextFileNamedAsAnImageIsRefusedForItsContent() {
    HttpResponse<String> put = investigator.put("/api/v1/alerts/" + alert + "/photo", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "image/jpeg");
    assertThat(put.statusCode()).isEqualTo(400);
    assertThat(put.body()).contains("not a JPEG or PNG");
  }

  @Test
  void aTruncatedJpegIsRefusedThoughItStartsLikeOne() {
    byte[] jpeg = Photos.jpeg(200, 200);
    HttpResponse<String> put = investigator.put("/api/v1/alerts/" + alert + "/photo", Arrays.copyOf(jpeg, 40), "image/jpeg");
    assertThat(put.statusCode()).isEqualTo(400);
  }

  @Test
  void aPhotoOverTheSizeLimitIsRefusedAs413() {
    byte[] big = new byte[300 * 1024];
    System.arraycopy(Photos.jpeg(10, 10), 0, big, 0, 3);
    HttpResponse<String> put = investigator.put("/api/v1/alerts/" + alert + "/photo", big, "image/jpeg");
    assertThat(put.statusCode()).isEqualTo(413);
    assertThat(put.body()).contains("262,144");
  }

  @Test
  void aPhotoLargerThan4000PixelsASideIsRefusedBeforeItIsDecoded() {
    HttpResponse<String> put = investigator.put("/api/v1/alerts/" + alert + "/photo", Photos.png(4001, 8), "image/png");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(400);
    assertThat(put.body()).contains("4001");
  }

  @Test
  void aWindowClerkIsRefusedThePhotoAndTheRefusalIsAudited() {
    investigator.put("/api/v1/alerts/" + alert + "/photo", Photos.jpeg(80, 100), "image/jpeg");
    HttpResponse<byte[]> got = officer("clerk").bytes("/api/v1/alerts/" + alert + "/photo");
    assertThat(got.statusCode()).isEqualTo(403);

    JsonNode entries = officer("auditor").read("/api/v1/audit/entries?action=alert.photo-read&subject=" + alert);
    assertThat(entries.toString()).contains("denied");
  }

  @Test
  void everyViewOfThePhotoIsInTheAuditTrailWithItsPurpose() {
    investigator.put("/api/v1/alerts/" + alert + "/photo", Photos.jpeg(80, 100), "image/jpeg");
    officer("duty").bytes("/api/v1/alerts/" + alert + "/photo?purpose=" + "%E6%AF%94%E4%B8%AD%E6%A0%B8%E5%AF%B9");
    JsonNode entries = officer("auditor").read("/api/v1/audit/entries?action=alert.photo-read&subject=" + alert);
    assertThat(entries.toString()).contains("比中核对");
  }

  @Test
  void onlyTheIssuingRolesPutAPhotoAndOnlyOnPersonAlerts() {
    assertThat(officer("checkpoint").put("/api/v1/alerts/" + alert + "/photo", Photos.jpeg(80, 100), "image/jpeg").statusCode()).isEqualTo(403);
    HttpResponse<String> vehicle = investigator.post("/api/v1/alerts", """
        {"kind": "vehicle", "category": "stolen", "vehicle": {"plate": "苏A7K%03d"}, "reason": "车辆被盗", "validUntil": "2099-01-01"}
        """.formatted(new Random().nextInt(1000)));
    String vehicleAlert = investigator.json(vehicle).get("id").asString();
    assertThat(investigator.put("/api/v1/alerts/" + vehicleAlert + "/photo", Photos.jpeg(80, 100), "image/jpeg").statusCode()).isEqualTo(409);
  }

  @Test
  void aRemovedPhotoIsGone() {
    investigator.put("/api/v1/alerts/" + alert + "/photo", Photos.jpeg(80, 100), "image/jpeg");
    assertThat(investigator.delete("/api/v1/alerts/" + alert + "/photo").statusCode()).isEqualTo(200);
    assertThat(officer("duty").bytes("/api/v1/alerts/" + alert + "/photo").statusCode()).isEqualTo(404);
    assertThat(investigator.read("/api/v1/alerts/" + alert).has("photo")).isFalse();
  }

  private ApiCalls officer(String username) {
    return ApiCalls.at("http://localhost:" + port, username);
  }
}
