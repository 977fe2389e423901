package cn.deltalink.fraudanalysis.internal.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.fraud.FraudReported;
import cn.deltalink.fraud.WarningDraft;
import cn.deltalink.fraudanalysis.internal.generator.SyntheticTransactions;
import cn.deltalink.fraudanalysis.internal.model.AnalysisModel;
import cn.deltalink.fraudanalysis.internal.model.DetectorSettings;
import cn.deltalink.fraudanalysis.internal.model.Transactions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A victim's report traced through generated data: the mule accounts the money reached become warnings with the money's path. */
class TracingReportsTest {

  @Test
  void theMulesDownstreamOfAVictimsPaymentBecomeWarningsToTheirProvincesWithTheMoneyPath() {
    Transactions tx = new Transactions();
    SyntheticTransactions.Truth truth = SyntheticTransactions.generate(11, new SyntheticTransactions.Size(1_000, 40, 1, 6, 3, LocalDate.of(2026, 9, 1)), row -> {
      tx.add(row.from(), row.to(), row.cents(), row.at().getEpochSecond(), row.cash(), row.laundering(), row.typology(), row.fromBranch(), row.toBranch());
    });
    AnalysisModel.Result result = AnalysisModel.analyse(tx, DetectorSettings.defaults(), p -> {});
    // a victim's payment: from a victim of the generator to a first-level mule of the fraud case
    java.util.Set<Integer> firstLevel = new java.util.HashSet<>();
    for (int t = 0; t < tx.size(); t++) {
      if (tx.typology(t) >= 0 && tx.typologies().get(tx.typology(t)).equals(SyntheticTransactions.FRAUD_CASE) && !tx.cash(t)) {
        firstLevel.add(tx.source(t));
      }
    }
    int paid = -1;
    for (int t = 0; t < tx.size() && paid < 0; t++) {
      if (truth.victims().contains(tx.account(tx.source(t))) && firstLevel.contains(tx.target(t))) {
        paid = t;
      }
    }
    assertThat(paid).isNotNegative();
    String payee = tx.account(tx.target(paid));
    FraudReported report = new FraudReported(UUID.randomUUID(), List.of(payee), BigDecimal.valueOf(tx.cents(paid), 2), Instant.ofEpochSecond(tx.at(paid)));

    List<WarningDraft> drafts = TracingReports.drafts(report, result);

    assertThat(drafts).isNotEmpty();
    assertThat(drafts).allSatisfy(d -> {
      assertThat(truth.launderers()).contains(d.account());
      assertThat(d.score()).isGreaterThanOrEqualTo(60);
      assertThat(d.reasons()).isNotEmpty();
      assertThat(d.branchDivisionCode()).matches("3[1-4]\\d{4}");
      assertThat(d.amountAtRisk()).isPositive().isLessThanOrEqualTo(report.amount());
    });
    assertThat(drafts).anySatisfy(d -> {
      assertThat(d.moneyPath()).isNotEmpty();
      assertThat(d.moneyPath().get(0).fromAccount()).isEqualTo(payee);
    });
  }
}
