package cn.deltalink.checkpoint.internal.pages;

import cn.deltalink.checkpoint.internal.stations.CheckpointPosts;

import cn.deltalink.checkpoint.internal.demo.DemoTraffic;
import cn.deltalink.checkpoint.internal.events.DeadLetters;
import cn.deltalink.checkpoint.internal.events.IngestingEvents;
import cn.deltalink.checkpoint.internal.hits.HandlingHits;
import cn.deltalink.checkpoint.internal.hits.Hit;
import cn.deltalink.checkpoint.internal.hits.HitMessages;
import cn.deltalink.checkpoint.internal.hits.HitStreams;
import cn.deltalink.checkpoint.internal.hits.HitViews;
import cn.deltalink.checkpoint.internal.hits.Hits;
import cn.deltalink.checkpoint.internal.stations.Checkpoint;
import cn.deltalink.checkpoint.internal.stations.Checkpoints;

import static cn.deltalink.checkpoint.internal.CheckpointRefusals.CHECKPOINT;

import cn.deltalink.access.AuditOutcome;

import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;

/** The checkpoint API: this node's checkpoints, event batches from their devices, and their hits. */
@RestController
@Tag(name = "checkpoints", description = "Border checkpoints: passing events in batches, hits against the shared alerts, the hits stream")
@RequestMapping("/api/v1/checkpoints")
public class CheckpointApi {

  public record CheckpointJson(String code, String name, String nameEn, String divisionCode, List<String> lanes) {}

  public record ItemJson(@Nullable String id, String result, @Nullable String reason, List<java.util.UUID> hits) {}

  public record BatchJson(String checkpoint, int accepted, int duplicates, int refused, List<ItemJson> items, List<HitViews.View> hits) {}

  private final Checkpoints checkpoints;
  private final IngestingEvents ingesting;
  private final Hits hits;
  private final HitViews views;
  private final HitStreams streams;
  private final CurrentOfficer current;
  private final AuditTrail audit;
  private final DemoTraffic traffic;
  private final DeadLetters deadLetterTable;
  private final CheckpointPosts posts;

  CheckpointApi(CheckpointPosts posts, Checkpoints checkpoints, IngestingEvents ingesting, Hits hits, HitViews views, HitStreams streams, CurrentOfficer current, AuditTrail audit, DemoTraffic traffic,
      DeadLetters deadLetterTable) {
    this.posts = posts;
    this.traffic = traffic;
    this.deadLetterTable = deadLetterTable;
    this.checkpoints = checkpoints;
    this.ingesting = ingesting;
    this.hits = hits;
    this.views = views;
    this.streams = streams;
    this.current = current;
    this.audit = audit;
  }

  @Operation(summary = "This node's checkpoints (the border stations of its province) with their lanes")
  @GetMapping
  public List<CheckpointJson> list() {
    return checkpoints.all().stream().map(c -> new CheckpointJson(c.code(), c.nameZh(), c.nameEn(), c.divisionCode(), c.laneNames())).toList();
  }

  @Operation(
      summary = "Send a batch of passing events",
      description =
          "{\"events\": [{id, kind: person|vehicle, at, lane, direction, residentId, name, birthDate, sex, plate, plateConfidence, camera}]}. Answers per item"
              + " accepted, duplicate (the id was sent before) or refused with the reason, and the hits found. Good items are stored even when others are"
              + " refused. Unknown checkpoint: 404; more events than the node takes in one batch: 413.")
  @PostMapping(path = "/{code}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
  public BatchJson events(@PathVariable String code, @RequestBody JsonNode body) {
    requireRole(HandlingHits.CHECKPOINT, "checkpoint.events", code, "checkpoint.refused.eventsRole");
    Checkpoint checkpoint = ingesting.checkpoint(code);
    posts.requireWatch(checkpoint.code(), "checkpoint.events");
    JsonNode events = body == null ? null : body.get("events");
    if (events == null || !events.isArray()) {
      throw CHECKPOINT.invalid("checkpoint.refused.noEvents");
    }
    List<JsonNode> items = new ArrayList<>(events.size());
    events.forEach(items::add);
    IngestingEvents.BatchResult result = ingesting.ingest(checkpoint, items, "http");
    return new BatchJson(
        checkpoint.code(),
        result.accepted(),
        result.duplicates(),
        result.refused(),
        result.items().stream().map(i -> new ItemJson(i.id(), i.result(), i.reason(), i.hits().stream().map(Hit::id).toList())).toList(),
        result.hits().stream().map(views::of).toList());
  }

  @Operation(summary = "The latest hits at a checkpoint, newest first (audited)")
  @GetMapping("/{code}/hits")
  public List<HitViews.View> hits(@PathVariable String code, @RequestParam(required = false, defaultValue = "100") int limit) {
    Checkpoint checkpoint = ingesting.checkpoint(code);
    posts.requireWatch(checkpoint.code(), "hit.list");
    if (limit < 1 || limit > 500) {
      throw CHECKPOINT.invalid("checkpoint.refused.limit", 500);
    }
    List<Hit> found = hits.atCheckpoint(checkpoint.code(), limit);
    audit.record("hit.list", checkpoint.code() + ": " + found.size() + " hits", HitMessages.PURPOSE, AuditOutcome.ok());
    return found.stream().map(views::of).toList();
  }

  @Operation(summary = "Hits at a checkpoint as server-sent events (event name hit, data as GET /api/v1/hits/{id})")
  @GetMapping(path = "/{code}/hits/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter stream(@PathVariable String code) {
    Checkpoint checkpoint = ingesting.checkpoint(code);
    posts.requireWatch(checkpoint.code(), "hit.stream");
    audit.record("hit.stream", checkpoint.code(), HitMessages.PURPOSE, AuditOutcome.ok());
    return streams.subscribe(checkpoint.code());
  }

  public record Replay(@Nullable Integer events, @Nullable Integer perSecond, @Nullable Integer hitPercent) {}

  @Operation(summary = "Demo nodes only: replay a stream of demo events at the checkpoint", description = "{events (default 600), perSecond (default 20), hitPercent (default 2)}; answers 202 and runs in the background.")
  @PostMapping(path = "/{code}/replay", consumes = MediaType.APPLICATION_JSON_VALUE)
  org.springframework.http.ResponseEntity<Replay> replay(@PathVariable String code, @RequestBody Replay request) {
    requireRole(HandlingHits.CHECKPOINT, "checkpoint.replay", code, "checkpoint.refused.replayRole");
    posts.requireWatch(code, "checkpoint.replay");
    Replay replay = new Replay(request.events() == null ? 600 : request.events(), request.perSecond() == null ? 20 : request.perSecond(), request.hitPercent() == null ? 2 : request.hitPercent());
    traffic.start(code, replay.events(), replay.perSecond(), replay.hitPercent());
    return org.springframework.http.ResponseEntity.accepted().body(replay);
  }

  @Operation(summary = "Camera reads from Kafka that could not be taken, newest first (administrators)")
  @GetMapping("/dead-letters")
  public List<java.util.Map<String, Object>> deadLetters() {
    requireRole(java.util.EnumSet.of(cn.deltalink.access.Role.ADMINISTRATOR, cn.deltalink.access.Role.SUPERVISOR), "checkpoint.dead-letters", "", "checkpoint.refused.deadLettersRole");
    return deadLetterTable.latest(100);
  }

  private void requireRole(java.util.Set<cn.deltalink.access.Role> roles, String action, String subject, String refusalKey) {
    boolean allowed = current.get().map(o -> o.roles().stream().anyMatch(roles::contains)).orElse(false);
    if (!allowed) {
      audit.record(action, subject.length() > 20 ? subject.substring(0, 20) : subject, HitMessages.PURPOSE, AuditOutcome.denied("role"));
      throw CHECKPOINT.forbidden(refusalKey);
    }
  }

}
