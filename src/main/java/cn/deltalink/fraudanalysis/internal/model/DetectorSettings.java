package cn.deltalink.fraudanalysis.internal.model;

import java.time.Duration;

/**
 * What each detector looks for; the node's configuration ({@code deltalink.fraud-analysis.*}) may
 * change any of them.
 *
 * @param fanMinimum distinct counterparties that make a fan-in or fan-out
 * @param fanWindow the time in which they must fall
 * @param similarAmounts the largest ratio of the biggest to the smallest amount that still counts as similar
 * @param burstFactor how many times the hub's average rate the burst must reach (a merchant's or a
 *     payroll's steady business is spread over the whole period)
 * @param passThroughWindow how soon after arriving money must leave to count as passed through
 * @param passThroughShare the least share of the received money that must have left that soon
 * @param chainMinimum hops that make a layering chain
 * @param cycleMaximum the longest cycle looked for
 * @param cycleWindow the time a cycle must close in
 * @param gatherMinimum intermediates that make a scatter-gather
 * @param bipartiteMinimum payers (and payees) that make a bipartite group
 * @param cashMinimum withdrawals that make a cash cluster
 * @param cashWindow the time they must fall in
 * @param sharedMaximum the most accounts on one device, IP or phone that still counts as a link (more: a public network)
 * @param warningThreshold the score from which an account is reported and warned about
 */
public record DetectorSettings(
    int fanMinimum,
    Duration fanWindow,
    double similarAmounts,
    double burstFactor,
    Duration passThroughWindow,
    double passThroughShare,
    int chainMinimum,
    int cycleMaximum,
    Duration cycleWindow,
    int gatherMinimum,
    int bipartiteMinimum,
    int cashMinimum,
    Duration cashWindow,
    int sharedMaximum,
    int warningThreshold) {

  public DetectorSettings {
    if (fanMinimum < 2 || chainMinimum < 2 || cycleMaximum < 2 || gatherMinimum < 2 || bipartiteMinimum < 2 || cashMinimum < 2 || sharedMaximum < 2) {
      throw new IllegalArgumentException("Every minimum count is at least 2");
    }
    if (similarAmounts < 1 || burstFactor < 1 || passThroughShare < 0 || passThroughShare > 1) {
      throw new IllegalArgumentException("similarAmounts and burstFactor are ratios of at least 1; the shares lie between 0 and 1");
    }
    if (warningThreshold < 1 || warningThreshold > 100) {
      throw new IllegalArgumentException("The warning threshold is a score from 1 to 100");
    }
    for (Duration d : new Duration[] {fanWindow, passThroughWindow, cycleWindow, cashWindow}) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("Every window is longer than zero");
      }
    }
  }

  public static DetectorSettings defaults() {
    return new DetectorSettings(5, Duration.ofHours(72), 1.6, 3, Duration.ofHours(2), 0.7, 3, 6, Duration.ofDays(10), 3, 3, 3, Duration.ofHours(48), 10, 60);
  }
}
