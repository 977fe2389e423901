package cn.deltalink.fraudanalysis.internal.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Accounts that share a device, IP address or phone, when the data has those columns. A value used
 * by more than {@code sharedMaximum} accounts is a public network or a shared office and links nothing.
 */
final class SharedIdentifierDetector {

  static final double STRENGTH = 0.3;

  private final Transactions tx;
  private final DetectorSettings settings;

  SharedIdentifierDetector(Transactions tx, DetectorSettings settings) {
    this.tx = tx;
    this.settings = settings;
  }

  void detect(Findings findings) {
    tx.sharedIdentifiers().forEach((value, users) -> {
      if (users.size() > settings.sharedMaximum()) {
        return;
      }
      for (int account : users) {
        List<Integer> others = users.stream().filter(u -> u != account).toList();
        findings.add(new Finding(account, Pattern.SHARED_IDENTIFIER, STRENGTH, new int[0], value + " shared with " + others.stream().map(tx::account).collect(Collectors.joining(", "))));
      }
    });
  }
}
