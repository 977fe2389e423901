package cn.deltalink.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each role's home page shows the work waiting for that role, and only the menu it may use. */
@NodeTest
class HomePageTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private String home(String user) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":Demo@2026").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).header("Authorization", "Basic " + basic).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void administratorSeesLockedAccountsAndUserAdministration() throws Exception {
    String page = home("admin");

    assertThat(page).contains("当前被锁定的账户").contains("用户管理").doesNotContain("近24小时被拒绝的访问");
  }

  @Test
  void auditorSeesRefusedRequestsAndTheAuditTrailButNoUserAdministration() throws Exception {
    String page = home("auditor");

    assertThat(page).contains("近24小时被拒绝的访问").contains("审计日志").doesNotContain("用户管理");
  }

  @Test
  void windowClerkSeesBulletinsToAcknowledgeButNeitherAuditNorUsers() throws Exception {
    String page = home("clerk");

    assertThat(page).contains("待签收的协查通报").doesNotContain("已发出、尚未全部签收的通报").doesNotContain("审计日志").doesNotContain("用户管理");
  }
}
