package cn.deltalink.access;

import static cn.deltalink.access.NodeClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A search the audit trail cannot run is explained in the officer's language on the page and in English by the API. */
@NodeTest
class AuditSearchRefusalTest {

  private static final String AUDITOR = basic("auditor", NodeClient.DEMO_PASSWORD);

  @LocalServerPort int port;

  @Test
  void theAuditPageExplainsAnUnreadableTimeInChineseByDefault() {
    HttpResponse<String> page = new NodeClient(port).get("/audit?from=yesterday", AUDITOR);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("起始时间必须是日期（2026-03-01）");
  }

  @Test
  void theAuditPageExplainsItInEnglishWhenAskedTo() {
    assertThat(new NodeClient(port).get("/audit?from=yesterday&lang=en", AUDITOR).body()).contains("from must be a date (2026-03-01)");
    assertThat(new NodeClient(port).get("/audit?page=first&lang=en", AUDITOR).body()).contains("page must be a whole number.");
  }

  @Test
  void theApiAnswersTheSameRefusalInEnglish() {
    HttpResponse<String> answer = new NodeClient(port).get("/api/v1/audit/entries?from=yesterday", AUDITOR);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("from must be a date (2026-03-01)");
  }
}
