package cn.deltalink.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The login form, the account page and logout, as a browser uses them: session cookie and CSRF token. */
@NodeTest
class FormLoginTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String PASSWORD = "Qidong2026kx";

  @LocalServerPort int port;

  private HttpClient browser;

  @BeforeEach
  void openBrowser() {
    browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Test
  void aWrongPasswordShowsTheFailureOnTheForm() throws Exception {
    HttpResponse<String> response = login("admin", "not-the-password");
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(get("/login?error").body()).contains("login-error");
  }

  @Test
  void theFifthWrongPasswordShowsTheLockOut() throws Exception {
    new NodeClient(port).createOfficer(NodeClient.admin(), "form.locked", "320000000000", "INVESTIGATOR", PASSWORD);
    HttpResponse<String> response = null;
    for (int attempt = 1; attempt <= 5; attempt++) {
      response = login("form.locked", "wrong-" + attempt);
    }
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=locked"));
    assertThat(get("/login?error=locked").body()).contains("login-locked").contains("锁定");
  }

  @Test
  void anOfficerChangesTheirPasswordOnTheAccountPageAndLogsOut() throws Exception {
    new NodeClient(port).createOfficer(NodeClient.admin(), "form.change", "320000000000", "WINDOW_CLERK", PASSWORD);
    assertThat(login("form.change", PASSWORD).headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

    post("/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "short", "repeatPassword", "short"));
    assertThat(get("/account").body()).contains("password-error").contains("至少需要 10 个字符");

    post("/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "Changjiang2027", "repeatPassword", "Changjiang2027"));
    assertThat(get("/account").body()).contains("password-changed");

    post("/account/tokens", Map.of("name", "脚本", "expiresInDays", "7"));
    assertThat(get("/account").body()).contains("issued-token").contains("dlk_");
    assertThat(get("/account").body()).doesNotContain("issued-token");

    HttpResponse<String> logout = post("/logout", Map.of());
    assertThat(logout.statusCode()).as(logout.body()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
    assertThat(get("/account").statusCode()).isEqualTo(302);

    assertThat(login("form.change", "Changjiang2027").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
  }

  @Test
  void aDisabledOfficersSessionEndsAtTheNextClick() throws Exception {
    NodeClient api = new NodeClient(port);
    api.createOfficer(NodeClient.admin(), "form.session", "320000000000", "WINDOW_CLERK", PASSWORD);
    login("form.session", PASSWORD);
    assertThat(get("/account").statusCode()).isEqualTo(200);
    api.patch("/api/v1/officers/form.session", NodeClient.admin(), "{\"enabled\": false}");
    HttpResponse<String> next = get("/account");
    assertThat(next.statusCode()).isEqualTo(302);
    assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
  }

  private HttpResponse<String> login(String username, String password) throws Exception {
    return post("/login", Map.of("username", username, "password", password));
  }

  private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    String page = get(path.equals("/login") ? "/login" : "/account").body();
    Matcher csrf = CSRF.matcher(page);
    assertThat(csrf.find()).as("CSRF token on the page").isTrue();
    String body =
        Map.of("_csrf", csrf.group(1)).entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    String fields = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(fields.isEmpty() ? body : body + "&" + fields))
            .build();
    return browser.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
  }
}
