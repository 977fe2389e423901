package cn.deltalink.fraudanalysis.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.fraudanalysis.internal.generator.GeneratedRow;
import cn.deltalink.fraudanalysis.internal.generator.SyntheticTransactions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On a small generated data set with known answers, the model finds the laundering accounts and leaves ordinary business alone. */
class GeneratedDataSetQualityTest {

  private static SyntheticTransactions.Truth truth;
  private static Transactions transactions;
  private static AnalysisModel.Result result;

  @BeforeAll
  static void analyseASmallGeneratedDataSet() {
    transactions = new Transactions();
    truth = SyntheticTransactions.generate(20261130L, SyntheticTransactions.Size.small(), GeneratedDataSetQualityTest::add);
    result = AnalysisModel.analyse(transactions, DetectorSettings.defaults(), p -> {});
  }

  static void add(GeneratedRow row) {
    transactions.add(row.from(), row.to(), row.cents(), row.at().getEpochSecond(), row.cash(), row.laundering(), row.typology(), row.fromBranch(), row.toBranch());
    if (!row.device().isEmpty()) {
      transactions.identifierUsed(row.from(), "device", row.device());
    }
  }

  @Test
  void findsTheLaunderingAccountsWithAnF1OfAtLeastNinetyPercent() {
    Evaluation evaluation = result.evaluation();
    assertThat(evaluation).isNotNull();
    assertThat(evaluation.overall().f1()).as(evaluation.toString()).isGreaterThanOrEqualTo(0.90);
    assertThat(evaluation.typologies()).extracting(Evaluation.Typology::name).containsAll(SyntheticTransactions.TYPOLOGIES);
  }

  @Test
  void noMerchantOrEmployerScoresAtTheWarningThreshold() {
    for (String legitimate : union(truth.merchants(), truth.employers())) {
      int id = transactions.accountId(legitimate);
      assertThat(result.scores().of(id)).as(legitimate + " " + result.scores().reasons(id)).isLessThan(DetectorSettings.defaults().warningThreshold());
    }
  }

  @Test
  void explainsEveryFlaggedAccountWithTheTransactionsBehindIt() {
    for (int a = 0; a < transactions.accountCount(); a++) {
      if (result.scores().flagged(a)) {
        assertThat(result.scores().reasons(a)).isNotEmpty();
        assertThat(result.scores().reasons(a).stream().mapToInt(f -> f.transactions().length).sum()).isPositive();
      }
    }
  }

  @Test
  void groupsTheFraudCasesMulesIntoNetworksThatWithdrawCashInYiwuAndHefei() {
    assertThat(result.networks()).isNotEmpty();
    assertThat(result.networks().stream().flatMap(n -> n.cashByPlace().keySet().stream())).anyMatch(place -> place.startsWith("330782") || place.startsWith("3407") || place.startsWith("340104"));
  }

  private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
