package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.FRAUD;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import cn.deltalink.fraud.RiskEntryDraft;
import cn.deltalink.fraud.RiskSource;
import cn.deltalink.fraud.RiskType;
import cn.deltalink.fraud.internal.FraudRoles;
import cn.deltalink.fraud.internal.RuleBroken;
import cn.deltalink.platform.CsvRows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The risk database's API (专项风险数据库): record an entry, open one, list them, screen a list. */
@RestController
@Tag(name = "risk-entries", description = "The regional fraud-risk database: phones, accounts, devices, sites, apps and persons, shared by every node")
@RequestMapping("/api/v1/risk-entries")
class RiskEntryApi {

  private final RecordingRiskEntries recording;
  private final RiskEntryRows rows;
  private final Screening screening;
  private final CurrentOfficer current;
  private final AuditTrail audit;
  private final ShownValues shown;

  RiskEntryApi(RecordingRiskEntries recording, RiskEntryRows rows, Screening screening, CurrentOfficer current, AuditTrail audit, ShownValues shown) {
    this.shown = shown;
    this.recording = recording;
    this.rows = rows;
    this.screening = screening;
    this.current = current;
    this.audit = audit;
  }

  record Request(@Nullable String type, @Nullable String value, @Nullable String label, @Nullable Integer level, @Nullable String source, @Nullable String evidence,
      @Nullable LocalDate validUntil) {}

  record Created(UUID id, long version, String type, String value) {}

  record Entry(UUID id, long version, String ownerNode, String type, String value, String label, int level, List<String> sources, String evidence, LocalDate validUntil,
      String recordedBy, java.time.Instant recordedAt, java.time.Instant changedAt) {
    static Entry of(RiskEntry e, ShownValues shown) {
      return new Entry(e.id(), e.version(), e.ownerNode(), e.type().slug(), shown.show(e.type(), e.value()), e.label(), e.level(), e.sources().stream().map(RiskSource::slug).toList(), e.evidence(),
          e.validUntil(), e.recordedBy(), e.recordedAt(), e.changedAt());
    }
  }

  record ScreeningRequest(@Nullable List<Screening.@Nullable Item> items) {}

  record ScreeningAnswer(int screened, int known, List<Screened> items) {}

  /** One screened item as the API answers it: the rule an invalid value breaks in English. */
  record Screened(String type, String value, boolean known, @Nullable Integer level, List<String> reasons, @Nullable String problem) {
    static Screened of(Screening.Result r) {
      return new Screened(r.type(), r.value(), r.known(), r.level(), r.reasons(), r.problem() == null ? null : r.problem().getMessage());
    }
  }

  @Operation(
      summary = "Record a risk entry",
      description =
          "type phone|bank-card|bank-account|payment-account|ip-address|device-id|url|app|person; value checked by the type's rule (refused naming the rule broken);"
              + " label (e.g. 涉诈电话, 两卡账户, 钓鱼网站); level 1-5; source victim-report|case|bank-feed|analyst|model (default analyst); evidence; validUntil (date, default two years)."
              + " A value this node holds already gains the source and evidence. Answers 201 with id.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Created> create(@RequestBody Request request) {
    require(FraudRoles.RECORDERS, "fraud.risk.record", "fraud.refused.role.record");
    RiskEntryDraft draft = draft(request);
    RiskEntry stored;
    try {
      stored = recording.recordAll(List.of(draft)).get(0);
    } catch (RuleBroken e) {
      throw e.refused();
    }
    audit.record("fraud.risk.record", stored.id() + " v" + stored.version(), "涉诈风险数据共享", AuditOutcome.ok());
    return ResponseEntity.created(URI.create("/api/v1/risk-entries/" + stored.id())).body(new Created(stored.id(), stored.version(), stored.type().slug(), stored.value()));
  }

  @Operation(summary = "Open a risk entry", description = "Own entries and the replicas of other provinces' entries alike.")
  @GetMapping("/{id}")
  Entry one(@PathVariable UUID id) {
    require(FraudRoles.READERS, "fraud.risk.read", "fraud.refused.role.read");
    RiskEntry entry = rows.find(id).orElseThrow(() -> FRAUD.notFound("fraud.refused.entry.notFound", id));
    audit.record("fraud.risk.read", id.toString(), "", AuditOutcome.ok());
    return Entry.of(entry, shown);
  }

  @Operation(summary = "List risk entries", description = "Newest first; optional type and text (in value or label); limit 1-500 (default 100).")
  @GetMapping
  List<Entry> list(@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "100") int limit) {
    require(FraudRoles.READERS, "fraud.risk.search", "fraud.refused.role.read");
    if (limit < 1 || limit > 500) {
      throw FRAUD.invalid("fraud.refused.limit");
    }
    RiskType t = type == null || type.isBlank() ? null : RiskType.parse(type).orElseThrow(() -> FRAUD.invalid("fraud.refused.type", RiskType.slugs()));
    if (q != null && q.length() > 100) {
      throw FRAUD.invalid("fraud.refused.q");
    }
    List<Entry> found = rows.list(t, q, limit).stream().map(e -> Entry.of(e, shown)).toList();
    audit.record("fraud.risk.search", found.size() + " entries", "", AuditOutcome.ok());
    return found;
  }

  @Operation(
      summary = "Screen a list against the risk database",
      description =
          "{\"items\": [{\"type\": \"phone\", \"value\": \"13812345678\"}, ...]} with 1-10,000 items; per item known, level (highest in force), reasons, and problem for an"
              + " invalid value. Partner banks and telecoms call it with an API token of the PARTNER role.")
  @PostMapping(path = "/screening", consumes = MediaType.APPLICATION_JSON_VALUE)
  ScreeningAnswer screen(@RequestBody ScreeningRequest request) {
    require(FraudRoles.SCREENERS, "fraud.screening", "fraud.refused.role.screen");
    if (request.items() == null) {
      throw FRAUD.invalid("fraud.refused.screening.required");
    }
    return answer(request.items());
  }

  @Operation(summary = "Screen a CSV list against the risk database", description = "text/csv, one item a line: type,value (a header line type,value is skipped); 1-10,000 lines.")
  @PostMapping(path = "/screening", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  ScreeningAnswer screenCsv(@RequestBody byte[] csv) {
    require(FraudRoles.SCREENERS, "fraud.screening", "fraud.refused.role.screen");
    List<Screening.Item> items = new ArrayList<>();
    String text = new String(csv, StandardCharsets.UTF_8);
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      if (items.size() >= Screening.MAX_ITEMS) {
        throw FRAUD.invalid("fraud.refused.screening.lines", Screening.MAX_ITEMS);
      }
      List<String> fields;
      try {
        fields = CsvRows.fields(line, "the CSV", i + 1);
      } catch (IllegalStateException e) {
        throw FRAUD.invalid("fraud.refused.csv.quote", i + 1);
      }
      if (fields.size() != 2) {
        throw FRAUD.invalid("fraud.refused.screening.line", i + 1);
      }
      if (items.isEmpty() && fields.get(0).strip().equalsIgnoreCase("type") && fields.get(1).strip().equalsIgnoreCase("value")) {
        continue;
      }
      items.add(new Screening.Item(fields.get(0), fields.get(1)));
    }
    return answer(items);
  }

  private ScreeningAnswer answer(List<Screening.@Nullable Item> items) {
    List<Screening.Result> results;
    try {
      results = screening.screen(items);
    } catch (RuleBroken e) {
      throw e.refused();
    }
    return new ScreeningAnswer(results.size(), (int) results.stream().filter(Screening.Result::known).count(), results.stream().map(Screened::of).toList());
  }

  private static RiskEntryDraft draft(Request r) {
    if (r.type() == null || r.type().isBlank()) {
      throw FRAUD.invalid("fraud.refused.type.required", RiskType.slugs());
    }
    RiskType type = RiskType.parse(r.type()).orElseThrow(() -> FRAUD.invalid("fraud.refused.type", RiskType.slugs()));
    if (r.value() == null || r.value().isBlank()) {
      throw FRAUD.invalid("fraud.refused.value.required");
    }
    if (r.label() == null || r.label().isBlank()) {
      throw FRAUD.invalid("fraud.refused.label.required");
    }
    if (r.level() == null) {
      throw FRAUD.invalid("fraud.refused.level.required");
    }
    RiskSource source = r.source() == null || r.source().isBlank() ? RiskSource.ANALYST
        : RiskSource.parse(r.source()).orElseThrow(() -> FRAUD.invalid("fraud.refused.source"));
    try {
      return new RiskEntryDraft(type, r.value(), r.label().strip(), r.level(), source, r.evidence() == null ? "" : r.evidence().strip(), r.validUntil());
    } catch (RuleBroken e) {
      throw e.refused();
    }
  }

  /** {@code why}: the key of the refusal that names who may. */
  private void require(Set<Role> roles, String action, String why) {
    CurrentOfficer.Officer officer = current.get().orElseThrow(() -> FRAUD.forbidden("fraud.refused.signIn"));
    if (officer.roles().stream().noneMatch(roles::contains)) {
      audit.record(action, "", "", AuditOutcome.denied("role"));
      throw FRAUD.forbidden(why);
    }
  }
}
