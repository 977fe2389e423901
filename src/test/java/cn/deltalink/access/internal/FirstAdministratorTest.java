package cn.deltalink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.DeltaLinkApplication;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A node outside demo mode: no demo officers, the first administrator from the environment, HTTP Basic refused without TLS. */
@SpringBootTest(
    classes = DeltaLinkApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "deltalink.node.id=JS",
      "deltalink.node.province=32",
      "deltalink.node.demo=false",
      "deltalink.node.home=target/test-nodes-first-admin/JS",
      "deltalink.db.embedded-data=ephemeral",
      "deltalink.db.embedded-port=0",
      "deltalink.bootstrap.admin=chief",
      "deltalink.bootstrap.password=Zhongshan2026road"
    })
class FirstAdministratorTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired FirstAdministrator firstAdministrator;

  @Test
  void theFirstAdministratorIsCreatedAtTheProvincialDepartmentAndNobodyElse() {
    assertThat(jdbc.sql("select username from officer").query(String.class).list()).containsExactly("chief");
    assertThat(jdbc.sql("select agency_code from officer where username = 'chief'").query(String.class).single()).isEqualTo("320000000000");
    assertThat(jdbc.sql("select role from officer_role where username = 'chief'").query(String.class).list()).containsExactly("ADMINISTRATOR");
    assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'node' and action = 'officer.bootstrap' and subject like 'chief %'").query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void theVariablesAreIgnoredOnceTheNodeHasOfficers() {
    assertThat(firstAdministrator.createIfNoOfficers()).isEmpty();
    assertThat(jdbc.sql("select count(*) from officer").query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void httpBasicWithoutTlsIsRefusedOutsideDemoModeSayingWhy() throws Exception {
    String basic = Base64.getEncoder().encodeToString("chief:Zhongshan2026road".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/account")).header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("HTTPS");
    assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'chief' and outcome = 'failed: HTTP Basic without TLS' and outcome_kind = 'failed'").query(Integer.class).single()).isPositive();
  }

  @Test
  void theFirstAdministratorLogsInWithTheForm() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).isTrue();
    String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&username=chief&password=Zhongshan2026road";
    HttpResponse<String> login =
        browser.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    HttpResponse<String> officers = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/officers")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(officers.statusCode()).isEqualTo(200);
    assertThat(officers.body()).contains("chief");
  }
}
