package cn.deltalink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7 §1, the failures that were seen: a path id that does not convert was a 500 in the API, and
 * a browser that opened a page with a wrong id saw problem JSON. The API answers a 400 problem; pages
 * show the error page in the officer's language.
 */
@NodeTest
class BadInputAnswersTest {

  private static final String DUTY = "Basic " + Base64.getEncoder().encodeToString("duty:Demo@2026".getBytes(StandardCharsets.UTF_8));

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anApiPathIdThatDoesNotConvertIsA400Problem() {
    for (HttpRequest.Builder request :
        new HttpRequest.Builder[] {
          request("/api/v1/bulletins/%20/acknowledgement", "application/json").POST(HttpRequest.BodyPublishers.noBody()),
          request("/api/v1/exchange/messages/%20", "application/json").GET(),
          request("/api/v1/bulletins/%20/attachments/x", "application/json").GET(),
          request("/api/v1/bulletins/%20", "application/json").GET()
        }) {
      HttpResponse<String> answer = send(request);

      assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(400);
      assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(answer.body()).contains("\"status\":400");
    }
  }

  @Test
  void aNulCharacterInAQueryParameterIsA400ProblemNotADatabaseFailure() {
    // PostgreSQL text cannot hold NUL: before the filter, these reached a query and failed with a 500
    for (String path : new String[] {"/api/v1/agencies?q=%00", "/api/v1/audit/entries?actor=a%00b"}) {
      HttpResponse<String> answer = send(request(path, "application/json").GET());

      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(400);
      assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(answer.body()).contains("NUL");
    }
  }

  @Test
  void theApiAnswersAProblemEvenToABrowser() {
    HttpResponse<String> answer = send(request("/api/v1/bulletins/not-an-id", "text/html,application/xhtml+xml,*/*;q=0.8").GET());

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
  }

  @Test
  void aBrowserOpeningAPageWithAWrongIdSeesTheErrorPageInChinese() {
    HttpResponse<String> page = send(request("/bulletins/not-an-id", "text/html,application/xhtml+xml,*/*;q=0.8").GET());

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("id=\"error-heading\"").contains("出错了").contains("请求有误").doesNotContain("\"status\"");
  }

  @Test
  void aBrowserOpeningAPageWithAWrongIdSeesTheErrorPageInEnglishWhenAskedTo() {
    HttpResponse<String> page = send(request("/bulletins/%20?lang=en", "text/html").GET());

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("Something went wrong").contains("The request was not valid");
  }

  @Test
  void aPageForSomethingThatDoesNotExistIsTheErrorPageWithA404() {
    HttpResponse<String> page = send(request("/bulletins/0190d9a0-0000-7000-8000-000000000000", "text/html").GET());

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("id=\"error-heading\"").contains("您要找的页面不存在");
  }

  private HttpRequest.Builder request(String path, String accept) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", DUTY).header("Accept", accept);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
