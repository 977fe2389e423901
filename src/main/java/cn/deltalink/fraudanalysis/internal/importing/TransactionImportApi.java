package cn.deltalink.fraudanalysis.internal.importing;

import cn.deltalink.fraudanalysis.internal.Analysts;
import cn.deltalink.fraudanalysis.internal.Refused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Transaction files (调单 data) imported with a column mapping. */
@RestController
@Tag(name = "transaction-imports", description = "Bank transaction files imported with a column mapping, streamed into PostgreSQL; all rows or none")
@RequestMapping("/api/v1/transaction-imports")
class TransactionImportApi {

  record Started(UUID id) {}

  record ImportJson(UUID id, String fileName, String state, long rows, double progress, long bytes, boolean labelled, long errorCount, List<TransactionImports.RowError> errors,
      @Nullable String failure, String startedAt, @Nullable String finishedAt) {
    static ImportJson of(TransactionImports.Import i) {
      return new ImportJson(i.id(), i.fileName(), i.state(), i.rows(), Math.round(i.progress() * 1000) / 1000.0, i.bytes(), i.labelled(), i.errorCount(), i.errors(), i.failure(),
          i.startedAt().toString(), i.finishedAt() == null ? null : i.finishedAt().toString());
    }
  }

  private final ImportingTransactions importing;
  private final TransactionImports imports;
  private final Analysts analysts;
  private final JsonMapper json;

  TransactionImportApi(ImportingTransactions importing, TransactionImports imports, Analysts analysts, JsonMapper json) {
    this.importing = importing;
    this.imports = imports;
    this.analysts = analysts;
    this.json = json;
  }

  @Operation(
      summary = "Import a transaction file",
      description =
          "Multipart: file (CSV with a header line) and mapping (JSON naming the header's columns for source, target, amount, time and optionally label, typology, channel,"
              + " branchDivision, targetBranchDivision, bank, device, ip, phone). A header without a mapped column is refused at once (400); the rows are then checked and"
              + " imported in the background (202 with the import's id). Any refused row fails the whole import with the rows' numbers; nothing is kept.")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Started> start(@RequestParam("file") MultipartFile file, @RequestParam("mapping") String mapping) throws IOException {
    String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "transactions.csv" : file.getOriginalFilename();
    var officer = analysts.require("fraudanalysis.import", name);
    ColumnMapping columns = mapping(mapping);
    Path copy = Files.createTempFile("deltalink-transactions-", ".csv");
    try (InputStream in = file.getInputStream()) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(copy);
      throw Refused.ANALYSIS.invalid("fraudanalysis.refused.fileUnreadable");
    }
    UUID id;
    try {
      id = importing.start(copy, clip(name), columns, officer.username());
    } catch (IllegalArgumentException e) {
      throw Refused.ANALYSIS.invalid("fraudanalysis.refused.rule", e.getMessage());
    }
    analysts.audited("fraudanalysis.import", id.toString(), clip(name) + ", " + file.getSize() + " bytes");
    return ResponseEntity.accepted().body(new Started(id));
  }

  @Operation(summary = "An import's state (waiting, running, done, failed), rows, progress (0 to 1) and refused rows with their numbers")
  @GetMapping("/{id}")
  ImportJson get(@PathVariable UUID id) {
    analysts.require("fraudanalysis.import.read", id.toString());
    return imports.find(id).map(ImportJson::of).orElseThrow(() -> Refused.ANALYSIS.notFound("fraudanalysis.refused.noImport", id));
  }

  @Operation(summary = "The latest imports, newest first")
  @GetMapping
  List<ImportJson> latest() {
    analysts.require("fraudanalysis.import.list", "");
    return imports.latest(50).stream().map(ImportJson::of).toList();
  }

  private ColumnMapping mapping(String text) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JacksonException e) {
      throw Refused.ANALYSIS.invalid("fraudanalysis.refused.mappingNotJson", "{\"source\":\"orig_acct\",\"target\":\"bene_acct\",\"amount\":\"base_amt\",\"time\":\"tran_timestamp\"}");
    }
    if (node == null || !node.isObject()) {
      throw Refused.ANALYSIS.invalid("fraudanalysis.refused.mappingNotObject");
    }
    Map<String, String> columns = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getValue().isString()) {
        throw Refused.ANALYSIS.invalid("fraudanalysis.refused.mappingField", clip(field.getKey()));
      }
      columns.put(field.getKey(), field.getValue().asString());
    }
    try {
      return new ColumnMapping(columns);
    } catch (IllegalArgumentException e) {
      throw Refused.ANALYSIS.invalid("fraudanalysis.refused.rule", e.getMessage());
    }
  }

  private static String clip(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 200 ? printable.substring(0, 200) : printable;
  }
}
