package cn.deltalink.resolution.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.platform.UntrustedText;
import cn.deltalink.resolution.PersonRecord;
import cn.deltalink.resolution.PersonResolution;
import cn.deltalink.resolution.Resolution;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/persons/resolution}: a batch of person records in, persons with the reasons of each match out. */
@RestController
@Tag(name = "persons", description = "Person entity resolution within a node: records from many cases resolved into persons")
class ResolutionApi {

  static final int MAX_RECORDS = 20_000;
  private static final Set<Role> ALLOWED = EnumSet.of(Role.INVESTIGATOR, Role.FRAUD_ANALYST, Role.SUPERVISOR, Role.DUTY_OFFICER);

  /** The request: why, and the records. */
  record Request(@Nullable String purpose, @Nullable List<Row> records) {}

  /** One record as sent; only recordId is required. */
  record Row(@Nullable String recordId, @Nullable String residentId, @Nullable String name, @Nullable String sex, @Nullable LocalDate birthDate, @Nullable String phone, @Nullable String source) {}

  private final PersonResolution resolution;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  ResolutionApi(PersonResolution resolution, CurrentOfficer current, AuditTrail audit) {
    this.resolution = resolution;
    this.current = current;
    this.audit = audit;
  }

  @Operation(
      summary = "Resolve person records into persons",
      description =
          "{\"purpose\": why (recorded in the audit trail), \"records\": [{recordId, residentId (18 or 15 characters, may hold a typo), name (Han or pinyin),"
              + " sex (M/F), birthDate (YYYY-MM-DD), phone, source}]}, 1 to 20,000 records with distinct recordIds. Answers the persons: recordIds,"
              + " residentId and name of each, and every match with its score and reasons (code, points, detail); a pair matches from score 7."
              + " Investigators, anti-fraud analysts, duty officers and supervisors.")
  @PostMapping(path = "/api/v1/persons/resolution", consumes = MediaType.APPLICATION_JSON_VALUE)
  Resolution resolve(@RequestBody Request request) {
    String purpose = request.purpose() == null || request.purpose().isBlank() ? "person resolution" : UntrustedText.clipped(request.purpose().strip(), 200);
    if (current.get().map(o -> o.roles().stream().noneMatch(ALLOWED::contains)).orElse(true)) {
      audit.record("person.resolution", "", purpose, AuditOutcome.denied("role"));
      throw RequestRefused.forbidden("Person resolution is for investigators, anti-fraud analysts, duty officers and supervisors");
    }
    List<Row> rows = request.records();
    if (rows == null || rows.isEmpty() || rows.size() > MAX_RECORDS) {
      throw RequestRefused.invalid("records is a list of 1 to " + MAX_RECORDS + " person records");
    }
    List<PersonRecord> records = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r == null || r.recordId() == null || r.recordId().isBlank() || r.recordId().length() > 64) {
        throw RequestRefused.invalid("records[" + i + "] needs a recordId of 1 to 64 characters");
      }
      records.add(new PersonRecord(r.recordId(), clip(r.residentId(), 32), clip(r.name(), 64), clip(r.sex(), 10), r.birthDate(), clip(r.phone(), 32), clip(r.source(), 64)));
    }
    Resolution answer;
    try {
      answer = resolution.resolve(records);
    } catch (IllegalArgumentException e) {
      throw RequestRefused.invalid(e.getMessage());
    }
    audit.record("person.resolution", records.size() + " records", purpose, AuditOutcome.ok(answer.persons().size() + " persons"));
    return answer;
  }

  private static @Nullable String clip(@Nullable String value, int max) {
    return UntrustedText.clip(value, max);
  }
}
