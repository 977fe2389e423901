package cn.deltalink.population.internal.importing;

import cn.deltalink.platform.RequestRefused;
import cn.deltalink.population.internal.register.PopulationRoles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** CSV imports into the population register, with their progress and refused rows. */
@RestController
@Tag(name = "population", description = "This province's population register: residents, CSV imports, double-registration sweeps")
@RequestMapping("/api/v1/residents/imports")
class ImportApi {

  private final ResidentImports imports;
  private final ImportRows rows;
  private final PopulationRoles roles;

  ImportApi(ResidentImports imports, ImportRows rows, PopulationRoles roles) {
    this.imports = imports;
    this.rows = rows;
    this.roles = roles;
  }

  record Started(String id, int totalRows, String state) {}

  record Progress(String id, String fileName, String state, int totalRows, int doneRows, int imported, int refused, int percent, String mapping, List<ImportRows.RowError> errors) {}

  @Operation(
      summary = "Import residents from a CSV file (reviewing officer, administrator)",
      description =
          "The file as the body (text/csv, UTF-8, at most 64 MB), first line a header. Columns are found by name (公民身份号码/residentId, 姓名/name, 性别/sex,"
              + " 出生日期/birthDate, 户籍地行政区划代码/householdAddressCode, 户号/householdNumber, 状态/status) or by mapping=field=header;field=header."
              + " 202 with the import's id; rows are checked one by one, refused rows listed with their line and rule.")
  @PostMapping(consumes = {"text/csv", "text/plain", "application/octet-stream"})
  ResponseEntity<Started> start(@RequestBody byte[] file, @RequestParam(required = false) @Nullable String mapping, @RequestParam(required = false) @Nullable String fileName) {
    String by = roles.require(PopulationRoles.WRITE, "Importing residents").username();
    String name = fileName == null || fileName.isBlank() ? "residents.csv" : fileName.strip();
    if (name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
      throw RequestRefused.invalid("fileName is at most 200 characters");
    }
    UUID id = imports.start(file, name, mapping == null ? "" : mapping, by);
    ImportRows.Import started = rows.find(id).orElseThrow();
    return ResponseEntity.accepted().location(URI.create("/api/v1/residents/imports/" + id)).body(new Started(id.toString(), started.totalRows(), "running"));
  }

  @Operation(summary = "An import's progress and its refused rows (line and rule, at most 1,000 listed)")
  @GetMapping("/{id}")
  Progress progress(@PathVariable UUID id) {
    roles.require(PopulationRoles.WRITE, "Imports");
    return progressOf(rows, id);
  }

  static Progress progressOf(ImportRows rows, UUID id) {
    ImportRows.Import i = rows.find(id).orElseThrow(() -> RequestRefused.notFound("No import " + id));
    int percent = i.totalRows() == 0 ? 100 : (int) (100L * i.doneRows() / i.totalRows());
    return new Progress(i.id().toString(), i.fileName(), i.finishedAt() == null ? "running" : "finished", i.totalRows(), i.doneRows(), i.imported(), i.refused(), percent, i.mapping(), rows.errors(id, ImportRows.MAX_ERRORS));
  }
}
