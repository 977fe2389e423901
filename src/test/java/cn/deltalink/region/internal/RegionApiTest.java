package cn.deltalink.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The region's JSON API over real HTTP, as the demo administrator (HTTP Basic on loopback). */
@NodeTest
class RegionApiTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  private HttpResponse<String> get(String path) throws Exception {
    String basic = Base64.getEncoder().encodeToString("admin:Demo@2026".getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + basic).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode ok(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.get(field).asString()));
    return values;
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theRegionNamesItsMemberProvinces() throws Exception {
    JsonNode region = ok("/api/v1/regions");
    assertThat(region.get("key").asString()).isEqualTo("yrd");
    assertThat(region.get("nameZh").asString()).isEqualTo("长三角");
    assertThat(texts(region.get("provinces"), "code")).containsExactly("310000", "320000", "330000", "340000");
  }

  @Test
  void jiangsuHasThirteenCities() throws Exception {
    JsonNode cities = ok("/api/v1/regions/32/children");
    assertThat(cities.size()).isEqualTo(13);
    assertThat(texts(cities, "name")).contains("南京市", "南通市");
    assertThat(cities.get(0).get("inRegion").asBoolean()).isTrue();
  }

  @Test
  void aCountyHasAnEmptyListOfChildren() throws Exception {
    assertThat(ok("/api/v1/regions/320115/children").size()).isZero();
  }

  @Test
  void aDivisionComesWithItsFullNameAndPath() throws Exception {
    JsonNode jiangning = ok("/api/v1/regions/320115");
    assertThat(jiangning.get("fullName").asString()).isEqualTo("江苏省南京市江宁区");
    assertThat(jiangning.get("level").asString()).isEqualTo("COUNTY");
    assertThat(jiangning.get("inRegion").asBoolean()).isTrue();
    assertThat(texts(jiangning.get("path"), "code")).containsExactly("320000", "320100", "320115");
  }

  @Test
  void shortCodesAreReadAsProvinceAndPrefecture() throws Exception {
    assertThat(ok("/api/v1/regions/3201").get("code").asString()).isEqualTo("320100");
  }

  @Test
  void aDivisionOutsideTheRegionResolvesButIsNotInTheRegion() throws Exception {
    JsonNode dongcheng = ok("/api/v1/regions/110101");
    assertThat(dongcheng.get("name").asString()).isEqualTo("东城区");
    assertThat(dongcheng.get("inRegion").asBoolean()).isFalse();
  }

  @Test
  void anUnknownCodeIsNotFoundWithAClearMessage() throws Exception {
    HttpResponse<String> response = get("/api/v1/regions/320199");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(json.readTree(response.body()).get("detail").asString()).isEqualTo("320199 is not a GB/T 2260 division code");
  }

  @Test
  void aMalformedCodeIsABadRequestThatNamesTheExpectedForm() throws Exception {
    for (String bad : new String[] {"32a", "320", encoded("' or 1=1 --")}) {
      HttpResponse<String> response = get("/api/v1/regions/" + bad + "/children");
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(json.readTree(response.body()).get("detail").asString()).contains("2, 4 or 6 digits");
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("at cn.");
    }
  }

  @Test
  void divisionSearchFindsByNameAndCode() throws Exception {
    assertThat(texts(ok("/api/v1/regions/search?q=" + encoded("江宁")), "code")).contains("320115");
    assertThat(texts(ok("/api/v1/regions/search?q=3405"), "code")).contains("340500", "340523");
  }

  @Test
  void agenciesOfAKindWithinADivision() throws Exception {
    JsonNode cityBureaus = ok("/api/v1/agencies?division=32&kind=CITY_BUREAU");
    assertThat(cityBureaus.size()).isEqualTo(13);
    JsonNode jiangning = ok("/api/v1/agencies?division=320115");
    assertThat(texts(jiangning, "code")).containsExactly("320115000000", "320115510000");
  }

  @Test
  void allBorderStationsOfTheRegion() throws Exception {
    assertThat(ok("/api/v1/agencies?kind=BORDER_STATION").size()).isEqualTo(14);
  }

  @Test
  void anUnknownKindIsABadRequestListingTheKinds() throws Exception {
    HttpResponse<String> response = get("/api/v1/agencies?kind=SHERIFF");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("COUNTY_BUREAU");
  }

  @Test
  void anAgencyFilterWithAnUnknownDivisionIsNotFound() throws Exception {
    assertThat(get("/api/v1/agencies?division=320199").statusCode()).isEqualTo(404);
  }

  @Test
  void anSqlFragmentInTheSearchIsPlainTextThatMatchesNothing() throws Exception {
    assertThat(ok("/api/v1/agencies?q=" + encoded("' or 1=1 --")).size()).isZero();
    assertThat(ok("/api/v1/regions/search?q=" + encoded("' or 1=1 --")).size()).isZero();
    assertThat(ok("/api/v1/agencies/320115000000").get("nameZh").asString()).isEqualTo("南京市公安局江宁分局");
  }

  @Test
  void anOverlongSearchIsRefused() throws Exception {
    HttpResponse<String> response = get("/api/v1/agencies?q=" + "a".repeat(101));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("detail").asString()).contains("at most 100");
  }

  @Test
  void anAgencyComesWithItsParentChainAndChildren() throws Exception {
    JsonNode wujiang = ok("/api/v1/agencies/320509000000");
    assertThat(wujiang.get("nameEn").asString()).isEqualTo("Wujiang Branch, Suzhou Public Security Bureau");
    assertThat(wujiang.get("divisionName").asString()).isEqualTo("江苏省苏州市吴江区");
    assertThat(texts(wujiang.get("parents"), "code")).containsExactly("320500000000", "320000000000");
    assertThat(texts(wujiang.get("children"), "nameZh")).containsExactly("苏州市公安局吴江分局黎里派出所");
  }

  @Test
  void aMalformedAgencyCodeIsABadRequestAndAnUnknownOneNotFound() throws Exception {
    assertThat(get("/api/v1/agencies/32011500").statusCode()).isEqualTo(400);
    HttpResponse<String> unknown = get("/api/v1/agencies/320115999999");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json.readTree(unknown.body()).get("detail").asString()).contains("320115999999");
  }

  @Test
  void theApiIsDescribedInOpenApi() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.body()).contains("/api/v1/regions/{code}/children").contains("/api/v1/agencies/{code}");
  }

  @Test
  void theApiNeedsSignIn() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/regions")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
  }
}
