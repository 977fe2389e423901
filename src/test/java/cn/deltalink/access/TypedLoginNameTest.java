package cn.deltalink.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A login name is whatever a caller typed: the audit trail keeps it clipped and on one line. */
@NodeTest
class TypedLoginNameTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void anUnknownLoginNameWithLineBreaksIsAuditedOnOneLineAndClipped() {
    String typed = "nobody\r\n2026-11-30 INFO login.success admin " + "x".repeat(200);

    HttpResponse<String> refused = new NodeClient(port).get("/api/v1/account", NodeClient.basic(typed, "wrong"));

    assertThat(refused.statusCode()).isEqualTo(401);
    List<String> actors = jdbc.sql("select actor from audit_entry where action = 'login.failure' and actor like 'nobody%'").query(String.class).list();
    assertThat(actors).isNotEmpty().allSatisfy(actor -> assertThat(actor).doesNotContain("\r", "\n").hasSizeLessThanOrEqualTo(64).endsWith("..."));
  }
}
