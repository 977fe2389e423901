package cn.deltalink.access;

import static cn.deltalink.access.NodeClient.basic;
import static cn.deltalink.access.NodeClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Authenticating an API request is not a login: a good credential is audited once per address and window, every refusal each time. */
@NodeTest
class CredentialUseAuditTest {

  private static final String PASSWORD = "Taicang2026mx";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aMachineClientCallingWithOneTokenLeavesOneEntryAndEveryBadTokenLeavesOneEach() {
    NodeClient node = new NodeClient(port);
    node.createOfficer(NodeClient.admin(), "device.taicang", "320000000000", "INVESTIGATOR", PASSWORD);
    String token = NodeClient.json(node.post("/api/v1/account/tokens", basic("device.taicang", PASSWORD), "{\"name\":\"卡口设备\"}")).path("token").asString();

    for (int call = 0; call < 40; call++) {
      assertThat(node.get("/api/v1/account", bearer(token)).statusCode()).isEqualTo(200);
    }
    for (int call = 0; call < 3; call++) {
      assertThat(node.get("/api/v1/account", bearer(token + "x")).statusCode()).isEqualTo(401);
    }

    assertThat(count("select count(*) from audit_entry where actor = 'device.taicang' and action = 'login.success' and subject like 'api token %'")).isEqualTo(1);
    assertThat(count("select count(*) from api_token where username = 'device.taicang' and last_used_at is not null")).isEqualTo(1);
    assertThat(count("select count(*) from audit_entry where action = 'login.failure' and subject = 'api token' and outcome_kind = 'failed'")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void httpBasicOnEveryRequestIsOneLoginPerWindowButTheLoginFormIsAlwaysOne() {
    NodeClient node = new NodeClient(port);
    node.createOfficer(NodeClient.admin(), "script.kunshan", "320000000000", "INVESTIGATOR", PASSWORD);
    for (int call = 0; call < 20; call++) {
      assertThat(node.get("/api/v1/account", basic("script.kunshan", PASSWORD)).statusCode()).isEqualTo(200);
    }
    node.get("/api/v1/account", basic("script.kunshan", "wrong-password"));
    new Browser(port).signedInAs("script.kunshan", PASSWORD);
    new Browser(port).signedInAs("script.kunshan", PASSWORD);

    assertThat(jdbc.sql("select subject || ' ' || outcome from audit_entry where actor = 'script.kunshan' and action like 'login.%' order by id").query(String.class).list())
        .containsExactly("http basic ok", "http basic failed: wrong password (1 of 5)", "login form ok", "login form ok");
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
