package cn.deltalink.exchange.internal.inbox;


import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.internal.core.Envelope;
import cn.deltalink.exchange.internal.core.EnvelopeJson;
import cn.deltalink.exchange.internal.core.Sm2;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 7 §3: a request from an unknown or unverifiable sender stores nothing permanent beyond a
 * bounded count per source address (ADR 015), with clipped reasons, and gets no signed receipt.
 */
@NodeTest
class StrangerTrafficTest {

  private static final KeyPair STRANGER = Sm2.generateKeyPair();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired UnverifiedSenders unverified;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aFloodFromStrangersLeavesOneCountedRowPerSourceAndNoLogRowOrReceipt() {
    Map<String, Object> before = stored();
    long requestsBefore = requestsFromLoopback();
    List<String> floods =
        List.of(
            batch(envelope("QQ"), envelope("QQ"), envelope("QQ")),
            batch(envelope("SH")), // a member's name, a stranger's key: BAD_SIGNATURE
            batch(envelope("QQ").put("senderNode", "ABCDEFGHIJKLMNOPQRSTUVWXYZ\r\n2026-11-30 INFO forged")),
            batch(envelope("QQ").put("payloadDigest", "ab".repeat(200))),
            "{\"envelopes\": [1, 2, 3]}",
            "not json at all");
    int sent = 0;
    for (int round = 0; round < 50; round++) {
      for (String body : floods) {
        HttpResponse<String> answer = post(body);
        assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
        assertThat(answer.body()).doesNotContain("\"receipt\"");
        sent++;
      }
    }

    assertThat(stored()).isEqualTo(before);
    assertThat(requestsFromLoopback() - requestsBefore).isEqualTo(sent);
    String reason = jdbc.queryForObject("select last_reason from exchange_unverified_source where source = '127.0.0.1'", String.class);
    assertThat(reason).hasSizeLessThanOrEqualTo(UnverifiedSenders.MAX_REASON).doesNotContain("\r", "\n");
  }

  @Test
  void anUnknownSendersRefusalTellsTheSenderToTryAgainLater() {
    HttpResponse<String> answer = post(batch(envelope("QQ")));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("\"reason\":\"UNKNOWN_SENDER\"").doesNotContain("\"receipt\"");
  }

  @Test
  void theRecordKeepsAtMostTheConfiguredNumberOfSources() {
    for (int i = 0; i < 1_050; i++) {
      unverified.note("10.77." + i / 256 + "." + i % 256, 1, "QQ", "UNKNOWN_SENDER: test");
    }

    assertThat(jdbc.queryForObject("select count(*) from exchange_unverified_source", Integer.class)).isLessThanOrEqualTo(1_000);
    assertThat(jdbc.queryForObject("select count(*) from exchange_unverified_source where source = '10.77.4.25'", Integer.class)).isOne();
  }

  /** Rows a stranger must not be able to add to: the inbox, the receipts and the message log. */
  private Map<String, Object> stored() {
    return jdbc.queryForMap(
        "select (select count(*) from exchange_inbox) as inbox, (select count(*) from exchange_receipt) as receipts,"
            + " (select count(*) from exchange_log where kind in ('REFUSED', 'RECEIPT_ISSUED')) as log");
  }

  private long requestsFromLoopback() {
    return jdbc.queryForList("select requests from exchange_unverified_source where source = '127.0.0.1'", Long.class).stream().findFirst().orElse(0L);
  }

  private static ObjectNode envelope(String sender) {
    Envelope envelope =
        Envelope.signed(UUID.randomUUID(), "test.stranger", sender, "990000000000", List.of("JS"), Instant.now().truncatedTo(ChronoUnit.MILLIS), null, HandlingCode.H1, "测试", "{}", STRANGER.getPrivate());
    return EnvelopeJson.write(envelope);
  }

  private static String batch(ObjectNode... envelopes) {
    ObjectNode body = EnvelopeJson.mapper().createObjectNode();
    body.putArray("envelopes").addAll(List.of(envelopes));
    return body.toString();
  }

  private HttpResponse<String> post(String body) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/exchange/v1/messages")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
