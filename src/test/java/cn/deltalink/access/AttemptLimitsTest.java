package cn.deltalink.access;

import static cn.deltalink.access.NodeClient.basic;
import static cn.deltalink.access.NodeClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.DeltaLinkApplication;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Failed credential checks are limited per source address. All requests of a test come from
 * loopback, so the node here allows only a few failures an hour; its officers sign in through the
 * form first, as officers at their desks would have before a flood from elsewhere begins.
 */
@SpringBootTest(
    classes = DeltaLinkApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "deltalink.node.id=JS",
      "deltalink.node.province=32",
      "deltalink.node.demo=true",
      "deltalink.node.home=target/test-nodes/JS-attempts",
      "deltalink.db.embedded-data=ephemeral",
      "deltalink.db.embedded-port=0",
      "deltalink.access.attempts.failures-per-source=" + AttemptLimitsTest.ALLOWED,
      "deltalink.access.attempts.period=1h"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttemptLimitsTest {

  static final int ALLOWED = 6;
  private static final int FLOOD = 400;
  private static final int OFFICER_ACTIONS = 25;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  @Order(1)
  void aFloodOfBadTokensIsAnsweredUncheckedWhileASignedInOfficersAuditedActionsAllComplete() throws Exception {
    Browser officer = new Browser(port).signedInAs("admin", NodeClient.DEMO_PASSWORD);
    long trailBefore = count("select count(*) from audit_entry");
    NodeClient attacker = new NodeClient(port);
    AtomicInteger unauthorized = new AtomicInteger();
    AtomicInteger throttled = new AtomicInteger();
    AtomicInteger throttledWithRetryAfter = new AtomicInteger();

    ExecutorService flood = Executors.newFixedThreadPool(6);
    List<Future<?>> floodDone = new ArrayList<>();
    for (int thread = 0; thread < 6; thread++) {
      int t = thread;
      floodDone.add(flood.submit(() -> {
        for (int i = t; i < FLOOD; i += 6) {
          HttpResponse<String> answer = attacker.get("/api/v1/account", bearer("dlk_guess" + i));
          if (answer.statusCode() == 401) {
            unauthorized.incrementAndGet();
          } else if (answer.statusCode() == 429) {
            throttled.incrementAndGet();
            answer.headers().firstValue("Retry-After").filter(s -> Long.parseLong(s) > 0).ifPresent(s -> throttledWithRetryAfter.incrementAndGet());
          }
        }
      }));
    }
    List<Integer> officerAnswers = new ArrayList<>();
    for (int i = 0; i < OFFICER_ACTIONS; i++) {
      officerAnswers.add(officer.postJson("/api/v1/identifiers/check", "{\"type\":\"plate\",\"value\":\"苏A1234" + (i % 10) + "\",\"purpose\":\"flood " + i + "\"}").statusCode());
    }
    for (Future<?> done : floodDone) {
      done.get();
    }
    flood.shutdown();

    // the officer was never held up by the limit, and every action of theirs is in the trail
    assertThat(officerAnswers).containsOnly(200).hasSize(OFFICER_ACTIONS);
    assertThat(count("select count(*) from audit_entry where actor = 'admin' and action = 'identifier.check' and purpose like 'flood %'")).isEqualTo(OFFICER_ACTIONS);
    // only the allowed failures were checked and appended to the chain, each with its own lock of the head;
    // the rest were answered 429 from memory, without a database statement or a chain append
    assertThat(unauthorized.get()).isEqualTo(ALLOWED);
    assertThat(throttled.get()).isEqualTo(FLOOD - ALLOWED);
    assertThat(throttledWithRetryAfter.get()).isEqualTo(FLOOD - ALLOWED);
    assertThat(count("select count(*) from audit_entry where action = 'login.failure' and id > " + trailBefore)).isEqualTo(ALLOWED);
    assertThat(count("select count(*) from audit_entry where id > " + trailBefore)).isEqualTo(ALLOWED + OFFICER_ACTIONS);

    // the refused attempts become one entry for the address at the next report
    ReflectionTestUtils.invokeMethod(context.getBean("credentialAttempts"), "report");
    assertThat(jdbc.sql("select subject || ' ' || outcome || ' ' || outcome_kind from audit_entry where action = 'login.throttled'").query(String.class).list())
        .containsExactly("127.0.0.1 failed: " + (FLOOD - ALLOWED) + " attempts refused unchecked failed");
  }

  @Test
  @Order(2)
  void whileTheAddressIsThrottledTheLoginFormSaysSoAndTheApiAnswers429EvenForGoodCredentials() {
    Browser browser = new Browser(port);
    HttpResponse<String> form = browser.signIn("admin", NodeClient.DEMO_PASSWORD);
    assertThat(form.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=throttled"));
    assertThat(browser.get("/login?error=throttled").body()).contains("login-throttled").doesNotContain("id=\"login-error\"");

    HttpResponse<String> api = new NodeClient(port).get("/api/v1/account", basic("admin", NodeClient.DEMO_PASSWORD));
    assertThat(api.statusCode()).isEqualTo(429);
    assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(api.headers().firstValue("Retry-After")).isPresent();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
