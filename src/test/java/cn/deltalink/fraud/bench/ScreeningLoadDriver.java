package cn.deltalink.fraud.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.exchange.RunningNode;
import cn.deltalink.fraud.RiskEntryDraft;
import cn.deltalink.fraud.RiskSource;
import cn.deltalink.fraud.RiskType;
import cn.deltalink.fraud.internal.risk.RecordingRiskEntries;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Load driver for the risk database (not part of {@code verify}: the name matches no test pattern).
 * Starts a Jiangsu node, records {@code bench.entries} risk entries (mobiles and cards, half each) in
 * transactions of 5,000 through {@code RecordingRiskEntries} (each stored and queued in the shared
 * register), then screens lists of {@code bench.items} items (every other one known) as a partner bank
 * with a token over HTTP, {@code bench.lists} times; reports entries recorded per second, items
 * screened per second and the time per list.
 * {@code ./mvnw -q test -Dtest=ScreeningLoadDriver -Dbench.entries=100000}
 */
class ScreeningLoadDriver {

  /** The answer's count of known items (each item's own "known" is true or false, never digits). */
  private static final java.util.regex.Pattern KNOWN = java.util.regex.Pattern.compile("\"known\":(\\d+)");

  @Test
  void recordsEntriesAndScreensListsAsAPartner() throws Exception {
    int entries = Integer.getInteger("bench.entries", 100_000);
    int items = Integer.getInteger("bench.items", 10_000);
    int lists = Integer.getInteger("bench.lists", 20);
    Path region = Files.createTempDirectory("deltalink-screening");
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    try (RunningNode node = RunningNode.start(js, region, RunningNode.endpoints(List.of(js)), Map.of())) {
      RecordingRiskEntries recording = node.bean(RecordingRiskEntries.class);
      Instant start = Instant.now();
      for (int from = 0; from < entries; from += 5_000) {
        List<RiskEntryDraft> drafts = new ArrayList<>(5_000);
        for (int i = from; i < Math.min(entries, from + 5_000); i++) {
          drafts.add(new RiskEntryDraft(i % 2 == 0 ? RiskType.PHONE : RiskType.BANK_CARD, value(i), "bench", 1 + i % 5, RiskSource.BANK_FEED, "load driver", null));
        }
        node.transaction().executeWithoutResult(status -> recording.recordAll(drafts));
      }
      Duration recorded = Duration.between(start, Instant.now());

      HttpClient http = HttpClient.newHttpClient();
      String basic = "Basic " + Base64.getEncoder().encodeToString("partner:Demo@2026".getBytes(StandardCharsets.UTF_8));
      String tokenAnswer = http.send(HttpRequest.newBuilder(URI.create(node.url() + "/api/v1/account/tokens")).header("Authorization", basic).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"expiresInDays\":1}")).build(), HttpResponse.BodyHandlers.ofString()).body();
      String auth = "Bearer " + tokenAnswer.replaceAll("(?s).*\"(dlk_[^\"]+)\".*", "$1");
      for (int w = 0; w < 5; w++) {
        screen(http, node.url(), auth, list(w, items, entries));
      }
      long[] millis = new long[lists];
      long known = 0;
      Instant screening = Instant.now();
      for (int l = 0; l < lists; l++) {
        Instant one = Instant.now();
        String answer = screen(http, node.url(), auth, list(l + 5, items, entries));
        millis[l] = Duration.between(one, Instant.now()).toMillis();
        java.util.regex.Matcher count = KNOWN.matcher(answer);
        assertThat(count.find()).isTrue();
        known += Long.parseLong(count.group(1));
      }
      Duration screened = Duration.between(screening, Instant.now());
      Arrays.sort(millis);
      assertThat(known).isEqualTo((long) lists * items / 2);
      System.out.printf("Risk database: %d entries recorded and queued in %.1f s (%.0f entries/s)%n", entries, recorded.toMillis() / 1000.0, entries / (recorded.toMillis() / 1000.0));
      System.out.printf("Screening: %d lists of %d items (half known) in %.1f s: %.0f items/s; per list median %d ms, max %d ms%n", lists, items, screened.toMillis() / 1000.0,
          (double) lists * items / (screened.toMillis() / 1000.0), millis[lists / 2], millis[lists - 1]);
    } finally {
      FileSystemUtils.deleteRecursively(region.toFile());
    }
  }

  /** Entry i: a mobile 139… for even i, a UnionPay card for odd i; the same i always gives the same value. */
  private static String value(long i) {
    if (i % 2 == 0) {
      return "139" + String.format("%08d", i);
    }
    String body = "62220202" + String.format("%010d", i);
    return body + luhn(body);
  }

  /** Every other item is a recorded value; the rest are values beyond the recorded range. */
  private static String list(int round, int items, int entries) {
    StringBuilder b = new StringBuilder(items * 50).append("{\"items\":[");
    for (int k = 0; k < items; k++) {
      long i = k % 2 == 0 ? (round * 7919L + k * 13L) % entries : entries + round * (long) items + k;
      // known items keep the parity of a recorded value of their type
      String type = i % 2 == 0 ? "phone" : "bank-card";
      b.append(k > 0 ? "," : "").append("{\"type\":\"").append(type).append("\",\"value\":\"").append(value(i)).append("\"}");
    }
    return b.append("]}").toString();
  }

  private static String screen(HttpClient http, String base, String auth, String body) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/risk-entries/screening")).header("Authorization", auth).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
    }
    return r.body();
  }

  private static int luhn(String body) {
    int sum = 0;
    boolean twice = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (twice) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }
}
