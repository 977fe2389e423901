package cn.deltalink.population.internal.register;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import cn.deltalink.identity.InvalidIdentifier;
import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.platform.UntrustedText;
import cn.deltalink.population.Resident;
import cn.deltalink.population.ResidentStatus;
import cn.deltalink.region.Divisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The population register's API (户籍人口): register a person, open a record (masked, audited). */
@RestController
@Tag(name = "population", description = "This province's population register: residents, CSV imports, double-registration sweeps")
@RequestMapping("/api/v1/residents")
class ResidentApi {

  static final String DEFAULT_PURPOSE = "户籍信息查询";

  private final ResidentRows rows;
  private final RegisterOfResidents register;
  private final PopulationRoles roles;
  private final Masking masking;
  private final AuditTrail audit;
  private final Divisions divisions;
  private final PopulationClock clock;

  ResidentApi(ResidentRows rows, RegisterOfResidents register, PopulationRoles roles, Masking masking, AuditTrail audit, Divisions divisions, PopulationClock clock) {
    this.rows = rows;
    this.register = register;
    this.roles = roles;
    this.masking = masking;
    this.audit = audit;
    this.divisions = divisions;
    this.clock = clock;
  }

  @Operation(
      summary = "Register a resident here (reviewing officer, administrator)",
      description =
          "{residentId (18 characters, or a 15-digit first-generation number), name, sex (male/female; optional, the ID encodes it), birthDate (optional, likewise),"
              + " householdAddressCode (GB/T 2260, 6/9/12 digits, in this province), householdNumber, status (active default, moved-out, deceased, cancelled), reference}."
              + " 201; 409 when the person is registered here already.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Transactional
  ResponseEntity<ResidentJson.Created> create(@RequestBody ResidentJson.Request request) {
    roles.require(PopulationRoles.WRITE, "Registering residents");
    Resident resident = ResidentForms.resident(request, divisions);
    if (ResidentForms.province(divisions, resident).isEmpty()) {
      throw RequestRefused.invalid("householdAddressCode " + resident.householdAddressCode() + " is not a known county of the region");
    }
    register.requireHere(resident);
    String reference = request.reference() == null || request.reference().isBlank() ? "register" : request.reference().strip();
    if (resident.status() == ResidentStatus.ACTIVE) {
      register.registerIn(resident, reference);
    } else {
      if (rows.find(resident.residentId().value()).isPresent()) {
        throw RequestRefused.conflict("Resident " + resident.residentId().masked() + " is in the register already");
      }
      rows.upsert(List.of(resident), UntrustedText.clipped(reference, 64), clock.now());
      audit.record("population.register", resident.residentId().masked(), reference, AuditOutcome.ok(resident.status().slug()));
    }
    return ResponseEntity.created(URI.create("/api/v1/residents/" + resident.residentId().value())).body(new ResidentJson.Created(resident.residentId().masked(), resident.status().slug()));
  }

  @Operation(summary = "Open a resident's record (audited)", description = "Identifiers shown in full only to roles that need them and with a stated purpose (recorded in the audit trail).")
  @GetMapping("/{residentId}")
  @Transactional
  ResidentJson.View open(@PathVariable String residentId, @RequestParam(required = false) @Nullable String purpose) {
    roles.require(PopulationRoles.READ, "Opening residents' records");
    String stated = purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : UntrustedText.clipped(purpose.strip(), 200);
    ResidentIdNumber id;
    try {
      id = ResidentIds.parse(residentId);
    } catch (InvalidIdentifier e) {
      throw RequestRefused.invalid("residentId: " + e.getMessage());
    }
    Resident resident = rows.find(id.value()).orElse(null);
    if (resident == null) {
      audit.record("population.read", id.masked(), stated, AuditOutcome.rejected("not registered here"));
      throw RequestRefused.notFound("Resident " + id.masked() + " is not in this node's register");
    }
    audit.record("population.read", id.masked(), stated, AuditOutcome.ok());
    return view(resident, purpose == null ? "" : stated);
  }

  ResidentJson.View view(Resident r, String purpose) {
    String shownId = masking.show(PersonalField.RESIDENT_ID, r.residentId().value(), purpose);
    boolean masked = !shownId.equals(r.residentId().value());
    return new ResidentJson.View(
        shownId,
        masking.show(PersonalField.NAME, r.name(), purpose),
        r.sex(),
        masked ? null : r.birthDate().toString(),
        r.householdAddressCode(),
        divisions.fullName(r.householdAddressCode().substring(0, 6)).orElse(null),
        masked ? r.householdNumber().replaceAll(".(?=.{2})", "*") : r.householdNumber(),
        r.status().slug(),
        masked);
  }

  /** Reading a request into a resident, with the rule broken as a 400. */
  static final class ResidentForms {
    private ResidentForms() {}

    static Resident resident(ResidentJson.Request r, Divisions divisions) {
      if (r.residentId() == null || r.residentId().isBlank()) {
        throw RequestRefused.invalid("residentId is required");
      }
      try {
        ResidentIdNumber id = ResidentIds.parse(r.residentId());
        LocalDate born = r.birthDate() == null || r.birthDate().isBlank() ? id.birthDate() : LocalDate.parse(r.birthDate().strip());
        String sex = r.sex() == null || r.sex().isBlank() ? (id.gender() == ResidentIdNumber.Gender.MALE ? Resident.MALE : Resident.FEMALE) : r.sex();
        ResidentStatus status = r.status() == null || r.status().isBlank() ? ResidentStatus.ACTIVE : ResidentStatus.parse(r.status());
        return new Resident(id, r.name(), sex, born, r.householdAddressCode(), r.householdNumber(), status);
      } catch (InvalidIdentifier e) {
        throw RequestRefused.invalid("residentId: " + e.getMessage());
      } catch (DateTimeParseException e) {
        throw RequestRefused.invalid("birthDate is a date such as 1980-01-31");
      } catch (IllegalArgumentException e) {
        throw RequestRefused.invalid(String.valueOf(e.getMessage()));
      }
    }

    /** The province of the household's address when the division is known in the region's data, else "". */
    static String province(Divisions divisions, Resident r) {
      return divisions.find(r.householdAddressCode().substring(0, 6)).isPresent() ? r.householdProvince() : "";
    }
  }
}
