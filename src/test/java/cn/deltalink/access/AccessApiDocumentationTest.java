package cn.deltalink.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@NodeTest
class AccessApiDocumentationTest {

  @LocalServerPort int port;

  @Test
  void theOpenApiDocumentDescribesTheAccessEndpoints() {
    String document = new NodeClient(port).getAnonymously("/v3/api-docs").body();
    assertThat(document)
        .contains("/api/v1/account/password")
        .contains("/api/v1/account/tokens/{id}")
        .contains("/api/v1/officers/{username}")
        .contains("/api/v1/audit/entries")
        .contains("/api/v1/audit/verify");
  }
}
