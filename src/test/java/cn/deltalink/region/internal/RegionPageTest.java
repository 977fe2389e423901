package cn.deltalink.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The region browser page, whole and as htmx fragments, in Chinese and English. */
@NodeTest
class RegionPageTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, boolean htmx) throws Exception {
    String basic = Base64.getEncoder().encodeToString("clerk:Demo@2026".getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + basic);
    if (htmx) {
      request.header("HX-Request", "true");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void thePageListsTheMemberProvincesInChinese() throws Exception {
    HttpResponse<String> page = get("/regions", false);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("行政区划与机构").contains("长三角").contains("江苏省").contains("安徽省").contains("id=\"region-provinces\"");
  }

  @Test
  void thePageSpeaksEnglishWhenAsked() throws Exception {
    HttpResponse<String> page = get("/regions/320115?lang=en", false);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Divisions and agencies").contains("Jiangning Branch, Nanjing Public Security Bureau").contains("Border police station");
  }

  @Test
  void aProvinceDrillsDownToItsCitiesAndItsDepartment() throws Exception {
    HttpResponse<String> panel = get("/regions/32", true);
    assertThat(panel.statusCode()).isEqualTo(200);
    assertThat(panel.body()).startsWith("<div id=\"division-panel\"").contains("南京市").contains("宿迁市").contains("江苏省公安厅").doesNotContain("<html");
    assertThat(panel.body()).contains("hx-get=\"/regions/320100\"");
  }

  @Test
  void aCountyShowsItsBureauAndBorderPostAndNoChildren() throws Exception {
    String body = get("/regions/320115", false).body();
    assertThat(body).contains("江苏省南京市江宁区").contains("南京市公安局江宁分局").contains("南京市公安局江宁分局丹阳警务室").contains("id=\"division-no-children\"");
  }

  @Test
  void anUnknownCodeIsExplainedOnThePage() throws Exception {
    HttpResponse<String> page = get("/regions/320199", false);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("320199 不是 GB/T 2260 行政区划代码");
  }

  @Test
  void aMalformedCodeIsExplainedOnThePage() throws Exception {
    HttpResponse<String> page = get("/regions/32x?lang=en", false);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("is not a division code: give 2, 4 or 6 digits");
  }

  @Test
  void searchFindsDivisionsAndAgenciesByNameOrCode() throws Exception {
    String byName = get("/regions?q=" + encoded("乌江"), true).body();
    assertThat(byName).startsWith("<div id=\"region-results\"").contains("南京市公安局浦口分局乌江派出所").contains("和县公安局乌江派出所").contains("安徽省马鞍山市和县");
    assertThat(get("/regions?q=341882", false).body()).contains("广德市公安局新杭派出所");
  }

  @Test
  void anSqlFragmentIsSearchedAsTextAndShownEscaped() throws Exception {
    HttpResponse<String> page = get("/regions?q=" + encoded("' or 1=1 --<script>"), false);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"region-no-results\"").doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void anOverlongSearchIsRefusedWithAMessage() throws Exception {
    assertThat(get("/regions?q=" + "江".repeat(150), true).body()).contains("搜索内容过长");
  }
}
