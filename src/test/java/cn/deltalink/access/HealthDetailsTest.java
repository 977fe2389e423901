package cn.deltalink.access;

import static cn.deltalink.access.NodeClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code /actuator/health}: the status for anyone (load balancers, monitors), the details for administrators only. */
@NodeTest
class HealthDetailsTest {

  @LocalServerPort int port;

  @Test
  void anAnonymousCallerSeesTheStatusOnly() {
    HttpResponse<String> health = new NodeClient(port).getAnonymously("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    JsonNode body = NodeClient.json(health);
    assertThat(body.path("status").asString()).isEqualTo("UP");
    assertStatusOnly(body);
  }

  @Test
  void anOfficerWhoIsNoAdministratorSeesTheStatusOnly() {
    NodeClient node = new NodeClient(port);
    node.createOfficer(NodeClient.admin(), "health.clerk", "320000000000", "WINDOW_CLERK", "Wujiang2026hc");
    assertStatusOnly(NodeClient.json(node.get("/actuator/health", basic("health.clerk", "Wujiang2026hc"))));
  }

  @Test
  void anAdministratorSeesTheComponentsAndTheirDetails() {
    JsonNode body = NodeClient.json(new NodeClient(port).get("/actuator/health", NodeClient.admin()));
    assertThat(body.path("status").asString()).isEqualTo("UP");
    // the node's two data sources (the application role's and the migration owner's) each report their details
    assertThat(body.path("components").path("db").path("components").path("dataSource").path("details").isObject()).as(body.toString()).isTrue();
  }

  /** The status, and at most the names of the probe groups (liveness, readiness): no component, no detail. */
  private static void assertStatusOnly(JsonNode body) {
    assertThat(body.path("status").asString()).isEqualTo("UP");
    assertThat(body.propertyNames()).isSubsetOf("status", "groups");
    assertThat(body.toString()).doesNotContain("components").doesNotContain("details").doesNotContain("db");
  }
}
