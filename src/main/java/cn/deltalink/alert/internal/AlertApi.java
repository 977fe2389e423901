package cn.deltalink.alert.internal;

import static cn.deltalink.alert.internal.Refused.ALERT;

import cn.deltalink.alert.AlertKind;
import cn.deltalink.alert.AlertState;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.identity.VehiclePlate;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.region.Agencies;
import cn.deltalink.register.ReplicaDigest;
import cn.deltalink.register.SharedRegister;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The alert API (布控预警): issue, amend, withdraw, flag, list (own and replica), open, compare replicas. */
@RestController
@Tag(name = "alerts", description = "Shared wanted alerts: persons, vehicles and documents published to the region and replicated at every node")
@RequestMapping("/api/v1/alerts")
class AlertApi {

  static final int MAX_LIMIT = 500;

  private final PublishingAlerts publishing;
  private final FlaggingAlerts flagging;
  private final ReadingAlerts reading;
  private final AlertViews views;
  private final SharedRegister register;
  private final Agencies agencies;
  private final NodeSettings node;

  AlertApi(PublishingAlerts publishing, FlaggingAlerts flagging, ReadingAlerts reading, AlertViews views, SharedRegister register, Agencies agencies, NodeSettings node) {
    this.publishing = publishing;
    this.flagging = flagging;
    this.reading = reading;
    this.views = views;
    this.register = register;
    this.agencies = agencies;
    this.node = node;
  }

  @Operation(
      summary = "Issue an alert",
      description =
          "kind person|vehicle|document; category per kind (person: wanted-for-arrest, missing, discreet-check; vehicle: stolen, wanted, to-be-checked;"
              + " document: lost, stolen); person {residentId, name, aliases, sex, birthDate}, vehicle {plate, vin}, document {number}; reason;"
              + " warningMarkers (armed, violent, escape-risk, self-harm, health-risk, terrorism); actionOnHit (arrest, check-and-report, discreet-check, seize;"
              + " default per category); handlingCode H0-H3; validUntil (date); targets [\"ALL\"] or node ids (default ALL); draft true keeps it unpublished."
              + " Answers 201 with id and version.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<AlertJson.Created> create(@RequestBody AlertJson.Request request) {
    WantedAlert alert = publishing.create(request);
    return ResponseEntity.created(URI.create("/api/v1/alerts/" + alert.id())).body(new AlertJson.Created(alert.id(), alert.version(), alert.state().slug()));
  }

  @Operation(summary = "Publish a whole list of alerts at once", description = "{\"alerts\": [ ...as POST /api/v1/alerts... ]}; all or none; at most 50,000.")
  @PostMapping(path = "/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<AlertJson.BulkCreated> bulk(@RequestBody AlertJson.Bulk request) {
    if (request.alerts() == null) {
      throw ALERT.invalid("alert.refused.bulk.missing");
    }
    List<WantedAlert> published = publishing.createAll(request.alerts());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new AlertJson.BulkCreated(published.size(), published.stream().map(a -> new AlertJson.Created(a.id(), a.version(), a.state().slug())).toList()));
  }

  @Operation(summary = "List alerts held here: this province's and the replicas of others'", description = "Identifiers are masked. Filters: issuer (node id), origin own|replica, kind, category, state, residentId, plate, active, limit (1-500), offset.")
  @GetMapping
  List<AlertViews.View> list(
      @RequestParam(required = false) @Nullable String issuer,
      @RequestParam(required = false) @Nullable String origin,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String residentId,
      @RequestParam(required = false) @Nullable String plate,
      @RequestParam(required = false, defaultValue = "false") boolean active,
      @RequestParam(required = false, defaultValue = "100") int limit,
      @RequestParam(required = false, defaultValue = "0") int offset) {
    Alerts.Filter filter = filter(issuer, origin, kind, category, state, residentId, plate, active, limit, offset);
    return reading.list(filter, "").stream().map(a -> views.listed(a, reading.localNode())).toList();
  }

  static Alerts.Filter filter(
      @Nullable String issuer,
      @Nullable String origin,
      @Nullable String kind,
      @Nullable String category,
      @Nullable String state,
      @Nullable String residentId,
      @Nullable String plate,
      boolean active,
      int limit,
      int offset) {
    if (limit < 1 || limit > MAX_LIMIT || offset < 0 || offset > 10_000_000) {
      throw ALERT.invalid("alert.refused.filter.limit", MAX_LIMIT);
    }
    String o = blank(origin) ? "" : origin.strip().toLowerCase(Locale.ROOT);
    if (!List.of("", "own", "replica", "all").contains(o)) {
      throw ALERT.invalid("alert.refused.filter.origin");
    }
    String issuingNode = blank(issuer) ? null : issuer.strip().toUpperCase(Locale.ROOT);
    if (issuingNode != null && !issuingNode.matches("[A-Z]{2,8}")) {
      throw ALERT.invalid("alert.refused.filter.issuer");
    }
    String k = null;
    String s = null;
    String p = null;
    try {
      k = blank(kind) ? null : AlertKind.parse(kind).slug();
      s = blank(state) ? null : AlertState.parse(state).slug();
      if (!blank(category) && k != null) {
        category = cn.deltalink.alert.AlertCategory.parse(AlertKind.parse(k), category).slug();
      }
      p = blank(plate) ? null : VehiclePlate.parse(plate).orElseThrow().value();
    } catch (IllegalArgumentException e) {
      throw ALERT.invalid("alert.refused.rule", e.getMessage());
    }
    String c = blank(category) ? null : category.strip().toLowerCase(Locale.ROOT);
    String id = blank(residentId) ? null : residentId.strip().toUpperCase(Locale.ROOT);
    if (id != null && !id.matches("[0-9X]{15,18}")) {
      throw ALERT.invalid("alert.refused.filter.residentId");
    }
    return new Alerts.Filter(issuingNode, o.equals("own"), o.equals("replica"), k, c, s, id, p, active, limit, offset);
  }

  @Operation(summary = "Per issuing node, the count and an SM3 digest of (id, version) of the alerts held here", description = "Equal digests at two nodes mean they hold the same versions of that issuer's alerts.")
  @GetMapping("/replica-digest")
  Map<String, Object> replicaDigest() {
    List<ReplicaDigest> digests = register.digest(PublishingAlerts.REGISTER);
    Map<String, Object> byIssuer = new LinkedHashMap<>();
    for (ReplicaDigest d : digests) {
      byIssuer.put(d.ownerNode(), Map.of("count", d.count(), "digest", d.digest()));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("node", node.id());
    answer.put("issuers", byIssuer);
    answer.put("digests", digests.stream().map(d -> Map.of("issuingNode", d.ownerNode(), "count", d.count(), "digest", d.digest())).toList());
    return answer;
  }

  @Operation(summary = "Ask every other node to send again all its alerts addressed to this one (a new or restored node)")
  @PostMapping("/replica-resync")
  ResponseEntity<Map<String, String>> resync() {
    publishing.requireResyncRole();
    register.requestResync(PublishingAlerts.REGISTER, agencies.provincialDepartment(node.province()).code());
    return ResponseEntity.accepted().body(Map.of("requested", "alert"));
  }

  @Operation(summary = "Open an alert (audited)", description = "Personal data shown in full where the officer's role needs it; purpose is recorded in the audit trail.")
  @GetMapping("/{id}")
  AlertViews.View open(@PathVariable UUID id, @RequestParam(required = false) @Nullable String purpose) {
    String stated = blank(purpose) ? ReadingAlerts.DEFAULT_PURPOSE : AlertForm.shorten(purpose.strip());
    return views.detail(reading.open(id, stated), stated);
  }

  @Operation(summary = "Amend an alert of this province: a new version", description = "Fields as POST; absent fields keep their value; kind and targets cannot change.")
  @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  AlertJson.Created amend(@PathVariable UUID id, @RequestBody AlertJson.Request patch) {
    WantedAlert alert = publishing.amend(id, patch);
    return new AlertJson.Created(alert.id(), alert.version(), alert.state().slug());
  }

  @Operation(summary = "Publish a draft")
  @PostMapping("/{id}/publication")
  AlertJson.Created publish(@PathVariable UUID id) {
    WantedAlert alert = publishing.publishDraft(id);
    return new AlertJson.Created(alert.id(), alert.version(), alert.state().slug());
  }

  @Operation(summary = "Withdraw an alert of this province everywhere", description = "{\"reason\": arrested|found|recovered|expired|cancelled}")
  @PostMapping(path = "/{id}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
  AlertJson.Created withdraw(@PathVariable UUID id, @RequestBody AlertJson.Withdrawal request) {
    WantedAlert alert = publishing.withdraw(id, request.reason());
    return new AlertJson.Created(alert.id(), alert.version(), alert.state().slug());
  }

  @Operation(summary = "Flag another province's alert \"not acted on here\"", description = "{\"reason\": \"...\"}; the issuer sees the flag; hits on it tell the officer not to act.")
  @PostMapping(path = "/{id}/flag", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<AlertViews.FlagView> flag(@PathVariable UUID id, @RequestBody AlertJson.Flag request) {
    AlertFlags.Flag flag = flagging.flag(id, request.reason());
    return ResponseEntity.status(HttpStatus.CREATED).body(new AlertViews.FlagView(flag.node(), flag.reason(), flag.flaggedBy(), flag.flaggedAt()));
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
