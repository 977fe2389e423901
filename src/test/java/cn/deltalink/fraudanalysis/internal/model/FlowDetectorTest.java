package cn.deltalink.fraudanalysis.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layering chains follow money that an account cannot have paid from anywhere but what just arrived;
 * payments out of a kept balance and a customer's payment to its usual shop are not links of a chain.
 */
class FlowDetectorTest {

  private static final long DAY = 86_400;
  private static final long START = Instant.parse("2026-09-01T00:00:00Z").getEpochSecond();

  private final Transactions tx = new Transactions();

  @Test
  void anAccountThatHandsOnWhatJustArrivedIsAGoBetween() {
    pay("VICTIM", "MULE-1", 3_000_000, START + 10 * DAY);
    pay("MULE-1", "MULE-2", 2_950_000, START + 10 * DAY + 600);
    pay("MULE-2", "MULE-3", 2_900_000, START + 10 * DAY + 1_200);

    assertThat(patterns("MULE-1")).contains(Pattern.LAYERING_CHAIN);
    assertThat(patterns("MULE-2")).contains(Pattern.LAYERING_CHAIN);
  }

  @Test
  void anEmployerPayingWagesFromAMonthsTakingsIsNotAGoBetweenForTheClientWhoPaidJustBefore() {
    pay("CLIENT-A", "EMPLOYER", 6_000_000, START + 2 * DAY);
    pay("CLIENT-B", "EMPLOYER", 6_000_000, START + 6 * DAY);
    pay("CLIENT-C", "EMPLOYER", 2_000_000, START + 10 * DAY - 1_800);
    for (int i = 0; i < 10; i++) {
      pay("EMPLOYER", "STAFF-" + i, 1_200_000, START + 10 * DAY + i * 60);
    }
    // one employee sends the whole wage on at once
    pay("STAFF-0", "HOME", 1_150_000, START + 10 * DAY + 900);

    assertThat(patterns("EMPLOYER")).doesNotContain(Pattern.LAYERING_CHAIN, Pattern.RAPID_PASS_THROUGH);
  }

  @Test
  void aChainThatEndsAtTheShopTheLastPayerAlwaysUsesDoesNotMarkTheShop() {
    pay("SOMEONE", "FRIEND-1", 50_000, START + 10 * DAY);
    pay("FRIEND-1", "FRIEND-2", 48_000, START + 10 * DAY + 600);
    pay("FRIEND-2", "SHOP", 45_000, START + 10 * DAY + 1_200);
    pay("FRIEND-2", "SHOP", 9_000, START + 3 * DAY);
    pay("FRIEND-2", "SHOP", 7_000, START + 20 * DAY);
    pay("STRANGER-1", "STRANGER-2", 50_000, START + 10 * DAY);
    pay("STRANGER-2", "STRANGER-3", 48_000, START + 10 * DAY + 600);
    pay("STRANGER-3", "COLLECTOR", 45_000, START + 10 * DAY + 1_200);

    assertThat(patterns("SHOP")).doesNotContain(Pattern.LAYERING_CHAIN);
    assertThat(patterns("COLLECTOR")).contains(Pattern.LAYERING_CHAIN);
  }

  @Test
  void aChainsReasonNamesTheHopsThroughTheAccount() {
    pay("VICTIM", "MULE-1", 3_000_000, START + 10 * DAY);
    pay("MULE-1", "MULE-2", 2_950_000, START + 10 * DAY + 600);
    pay("MULE-2", "MULE-3", 2_900_000, START + 10 * DAY + 1_200);
    // a longer chain that leaves MULE-1 another way must not stand in for MULE-3's own path
    pay("MULE-1", "OTHER-1", 1_000_000, START + 10 * DAY + 700);
    pay("OTHER-1", "OTHER-2", 990_000, START + 10 * DAY + 1_300);
    pay("OTHER-2", "OTHER-3", 980_000, START + 10 * DAY + 1_900);
    pay("OTHER-3", "OTHER-4", 970_000, START + 10 * DAY + 2_500);

    Finding chain = findings("MULE-3").stream().filter(f -> f.pattern() == Pattern.LAYERING_CHAIN).findFirst().orElseThrow();
    assertThat(Arrays.stream(chain.transactions()).mapToObj(t -> tx.account(tx.target(t)))).contains("MULE-3");
  }

  private void pay(String from, String to, long cents, long at) {
    tx.add(from, to, cents, at, false, null, null, null, null);
  }

  private List<Pattern> patterns(String account) {
    return findings(account).stream().map(Finding::pattern).toList();
  }

  private List<Finding> findings(String account) {
    TransactionGraph graph = new TransactionGraph(tx);
    Findings findings = new Findings(graph.accounts());
    new FlowDetector(graph, DetectorSettings.defaults()).detect(findings);
    return findings.of(tx.accountId(account));
  }
}
