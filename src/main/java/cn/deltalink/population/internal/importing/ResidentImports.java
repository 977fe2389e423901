package cn.deltalink.population.internal.importing;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.platform.CsvRows;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.population.Resident;
import cn.deltalink.population.internal.register.PopulationClock;
import cn.deltalink.population.internal.register.ResidentInput;
import cn.deltalink.population.internal.register.ResidentRows;
import cn.deltalink.region.Divisions;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV imports into the register: the header is checked at once (a file without a resident ID column
 * is refused whole, nothing stored); the rows are then taken in chunks, each in its own transaction,
 * on one background thread, so the page shows the progress and a refused row (with its line and the
 * rule it broke) never stops the others. A resident already in the register is replaced by the row.
 */
@Service
class ResidentImports {

  static final int CHUNK = 500;
  static final int MAX_BYTES = 64 * 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(ResidentImports.class);

  private final ImportRows imports;
  private final ResidentRows residents;
  private final Divisions divisions;
  private final NodeSettings node;
  private final PopulationClock clock;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "population-import"));

  ResidentImports(ImportRows imports, ResidentRows residents, Divisions divisions, NodeSettings node, PopulationClock clock, AuditTrail audit, TransactionTemplate transaction) {
    this.imports = imports;
    this.residents = residents;
    this.divisions = divisions;
    this.node = node;
    this.clock = clock;
    this.audit = audit;
    this.transaction = transaction;
  }

  /** Checks the file's header and starts the import; its id. */
  UUID start(byte[] file, String fileName, String mapping, String startedBy) {
    if (file.length == 0) {
      throw RequestRefused.invalid("The file is empty");
    }
    if (file.length > MAX_BYTES) {
      throw RequestRefused.invalid("A file is at most 64 MB; split larger registers");
    }
    List<CsvRows.Row> rows;
    ImportColumns columns;
    try {
      rows = CsvRows.parse(fileName, file).rows();
      if (rows.size() < 2) {
        throw RequestRefused.invalid("The file has a header but no rows");
      }
      columns = ImportColumns.of(rows.get(0).fields(), mapping);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw RequestRefused.invalid(String.valueOf(e.getMessage()));
    }
    UUID id = UUID.randomUUID();
    List<CsvRows.Row> data = rows.subList(1, rows.size());
    imports.insert(new ImportRows.Import(id, fileName, startedBy, clock.now(), null, data.size(), 0, 0, 0, columns.describe(rows.get(0).fields())));
    audit.record("population.import", id + " " + fileName, "户籍人口导入", AuditOutcome.ok(data.size() + " rows"));
    worker.submit(() -> run(id, data, columns));
    return id;
  }

  private void run(UUID id, List<CsvRows.Row> data, ImportColumns columns) {
    try {
      for (int from = 0; from < data.size(); from += CHUNK) {
        List<CsvRows.Row> chunk = data.subList(from, Math.min(data.size(), from + CHUNK));
        transaction.executeWithoutResult(status -> chunk(id, chunk, columns));
      }
    } catch (RuntimeException e) {
      log.error("Import {} stopped: {}", id, e.getMessage(), e);
    } finally {
      transaction.executeWithoutResult(status -> imports.finish(id, clock.now()));
    }
  }

  private void chunk(UUID id, List<CsvRows.Row> chunk, ImportColumns columns) {
    List<Resident> valid = new ArrayList<>(chunk.size());
    List<ImportRows.RowError> errors = new ArrayList<>();
    for (CsvRows.Row row : chunk) {
      List<String> f = row.fields();
      try {
        valid.add(ResidentInput.resident(
            columns.value(f, "residentId"), columns.value(f, "name"), columns.value(f, "sex"), columns.value(f, "birthDate"),
            columns.value(f, "householdAddressCode"), columns.value(f, "householdNumber"), columns.value(f, "status"), divisions, node.province()));
      } catch (IllegalArgumentException e) {
        errors.add(new ImportRows.RowError(row.line(), String.valueOf(e.getMessage())));
      }
    }
    java.util.Map<String, Resident> byId = new java.util.LinkedHashMap<>();
    valid.forEach(r -> byId.put(r.residentId().value(), r));
    residents.upsert(List.copyOf(byId.values()), "import " + id, clock.now());
    imports.progress(id, chunk.size(), valid.size(), errors.size(), errors);
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
