package cn.deltalink.identifiercheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@NodeTest
class IdentifierPageTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final String basic = "Basic " + Base64.getEncoder().encodeToString("clerk:Demo@2026".getBytes(StandardCharsets.UTF_8));

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Submits the form as a browser would: the CSRF token taken from the page, the session kept. */
  private HttpResponse<String> submit(String path, String type, String value, boolean htmx) throws Exception {
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/identifiers").body());
    assertThat(token.find()).isTrue();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", token.group(1));
    form.put("type", type);
    form.put("value", value);
    form.put("purpose", "page test");
    String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (htmx) {
      request.header("HX-Request", "true");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theFormOffersEveryTypeInChinese() throws Exception {
    HttpResponse<String> page = get("/identifiers");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("证件号码核验").contains("居民身份证号码").contains("统一社会信用代码").contains("机动车号牌").contains("value=\"bank-card\"");
  }

  @Test
  void theFormSpeaksEnglishOnRequest() throws Exception {
    assertThat(get("/identifiers?lang=en").body()).contains("Identifier check").contains("Resident ID number");
  }

  @Test
  void aValidNumberShowsItsDerivedFields() throws Exception {
    HttpResponse<String> page = submit("/identifiers", "resident-id", "11010519491231002X", false);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"result-valid\"").contains("北京市朝阳区").contains("1949-12-31").contains(">女<").contains("<nav");
  }

  @Test
  void anInvalidNumberShowsTheReasonInChinese() throws Exception {
    String body = submit("/identifiers", "resident-id", "110105194912310025", false).body();

    assertThat(body).contains("id=\"result-invalid\"").contains("校验码应为 X，而不是 5。");
  }

  @Test
  void htmxGetsTheFormAndResultWithoutThePageShell() throws Exception {
    String body = submit("/identifiers", "plate", "苏AD12345", true).body();

    assertThat(body).contains("id=\"identifier-check\"").contains("小型新能源汽车号牌").doesNotContain("<nav");
  }

  @Test
  void aScriptFragmentIsShownEscapedAndRejected() throws Exception {
    String body = submit("/identifiers", "name", "<script>alert(1)</script>", true).body();

    assertThat(body).contains("id=\"result-invalid\"").contains("&lt;script&gt;").doesNotContain("<script>alert");
  }

  @Test
  void anEmptyValueIsAFormErrorAndNoCheck() throws Exception {
    String body = submit("/identifiers", "mobile", "  ", true).body();

    assertThat(body).contains("is-invalid").contains("请输入要核验的号码或姓名。").doesNotContain("result-valid").doesNotContain("result-invalid");
  }

  @Test
  void anUnknownTypeIsAFormError() throws Exception {
    assertThat(submit("/identifiers", "passport", "E12345678", true).body()).contains("不支持该类型");
  }

  @Test
  void aValueLongerThan64CharactersIsAFormError() throws Exception {
    assertThat(submit("/identifiers", "name", "A".repeat(65), true).body()).contains("输入过长，最多 64 个字符。");
  }
}
