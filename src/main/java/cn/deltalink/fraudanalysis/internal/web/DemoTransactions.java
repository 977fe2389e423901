package cn.deltalink.fraudanalysis.internal.web;

import cn.deltalink.fraudanalysis.internal.analysis.RunningAnalyses;
import cn.deltalink.fraudanalysis.internal.generator.GeneratedRow;
import cn.deltalink.fraudanalysis.internal.generator.SyntheticTransactions;
import cn.deltalink.fraudanalysis.internal.importing.ColumnMapping;
import cn.deltalink.fraudanalysis.internal.importing.ImportingTransactions;
import cn.deltalink.fraudanalysis.internal.importing.TransactionImports;
import cn.deltalink.platform.NodeSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a node that has imported nothing yet imports a small generated data set (the same
 * seed at every node, so the README's account numbers hold everywhere) and analyses it, in the
 * background, so the analyst finds a finished analysis with the article's gang in it.
 */
@Component
class DemoTransactions {

  static final long SEED = 20_261_130L;
  static final SyntheticTransactions.Size SIZE = new SyntheticTransactions.Size(1_500, 45, 2, 10, 4, LocalDate.of(2026, 10, 1));
  static final Map<String, String> MAPPING =
      Map.of("source", "orig_acct", "target", "bene_acct", "amount", "base_amt", "time", "tran_timestamp", "label", "is_sar", "typology", "typology", "channel", "tx_type", "branchDivision",
          "orig_branch", "targetBranchDivision", "bene_branch", "device", "device");
  private static final Logger log = LoggerFactory.getLogger(DemoTransactions.class);

  private final NodeSettings node;
  private final TransactionImports imports;
  private final ImportingTransactions importing;
  private final RunningAnalyses analyses;

  DemoTransactions(NodeSettings node, TransactionImports imports, ImportingTransactions importing, RunningAnalyses analyses) {
    this.node = node;
    this.imports = imports;
    this.importing = importing;
    this.analyses = analyses;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  public void importAndAnalyse() {
    if (!node.demo() || !imports.latest(1).isEmpty()) {
      return;
    }
    try {
      Path file = Files.createTempFile("deltalink-demo-transactions-", ".csv");
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write(GeneratedRow.HEADER);
        out.write('\n');
        SyntheticTransactions.generate(SEED, SIZE, row -> write(out, row));
      }
      importing.start(file, "demo-transactions.csv", new ColumnMapping(MAPPING), "demo", imported -> analyses.start(imported, "demo"));
      log.info("Demo mode: importing and analysing generated transactions");
    } catch (IOException | UncheckedIOException e) {
      log.warn("Demo transactions could not be generated", e);
    }
  }

  private static void write(BufferedWriter out, GeneratedRow row) {
    try {
      out.write(row.csv());
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
