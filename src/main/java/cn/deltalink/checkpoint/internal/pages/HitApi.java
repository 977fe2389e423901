package cn.deltalink.checkpoint.internal.pages;

import cn.deltalink.checkpoint.internal.stations.CheckpointPosts;

import cn.deltalink.checkpoint.internal.hits.HandlingHits;
import cn.deltalink.checkpoint.internal.hits.Hit;
import cn.deltalink.checkpoint.internal.hits.HitMessages;
import cn.deltalink.checkpoint.internal.hits.HitState;
import cn.deltalink.checkpoint.internal.hits.HitStreams;
import cn.deltalink.checkpoint.internal.hits.HitViews;
import cn.deltalink.checkpoint.internal.hits.Hits;

import static cn.deltalink.checkpoint.internal.CheckpointRefusals.CHECKPOINT;

import cn.deltalink.access.AuditOutcome;

import cn.deltalink.access.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
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

/** The hit API: one hit (the same id at both nodes), the duty desk's list, confirmation and outcome. */
@RestController
@Tag(name = "hits", description = "Hits of checkpoint events on alerts, their confirmation clock, the issuer's decision and the checkpoint's outcome")
@RequestMapping("/api/v1/hits")
public class HitApi {

  public record Decision(@Nullable String decision) {}

  public record OutcomeRequest(@Nullable String outcome) {}

  private final Hits hits;
  private final HitViews views;
  private final HandlingHits handling;
  private final HitStreams streams;
  private final AuditTrail audit;
  private final cn.deltalink.exchange.Exchange exchange;
  private final CheckpointPosts posts;

  HitApi(CheckpointPosts posts, Hits hits, HitViews views, HandlingHits handling, HitStreams streams, AuditTrail audit, cn.deltalink.exchange.Exchange exchange) {
    this.posts = posts;
    this.hits = hits;
    this.views = views;
    this.handling = handling;
    this.streams = streams;
    this.audit = audit;
    this.exchange = exchange;
  }

  @Operation(summary = "Hits held here, newest first", description = "state awaiting-confirmation|confirmed|not-valid; issuer (node id; own for this node's alerts); overdue true; limit 1-500.")
  @GetMapping
  public List<HitViews.View> list(
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String issuer,
      @RequestParam(required = false, defaultValue = "false") boolean overdue,
      @RequestParam(required = false, defaultValue = "100") int limit) {
    if (limit < 1 || limit > 500) {
      throw CHECKPOINT.invalid("checkpoint.refused.limit", 500);
    }
    HitState s;
    try {
      s = state == null || state.isBlank() ? null : HitState.parse(state);
    } catch (IllegalArgumentException e) {
      throw CHECKPOINT.invalid("checkpoint.refused.rule", e.getMessage());
    }
    String node = issuer == null || issuer.isBlank() ? null : issuer.strip().equalsIgnoreCase("own") ? exchange.localNode().value() : issuer.strip().toUpperCase(java.util.Locale.ROOT);
    if (node != null && !node.matches("[A-Z]{2,8}")) {
      throw CHECKPOINT.invalid("checkpoint.refused.issuer");
    }
    // a checkpoint officer lists the hits of his own checkpoint only
    List<Hit> found = posts.currentPost("hit.list").map(code -> hits.atCheckpoint(code, limit).stream().filter(h -> (s == null || h.state() == s) && (node == null || h.issuingNode().equals(node)) && (!overdue || h.overdueAt() != null)).toList())
        .orElseGet(() -> hits.list(s, node, overdue, limit));
    audit.record("hit.list", found.size() + " hits", HitMessages.PURPOSE, AuditOutcome.ok());
    return found.stream().map(views::of).toList();
  }

  @Operation(summary = "The duty desk's stream: hits on this node's alerts as server-sent events")
  @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter desk() {
    posts.requireWatchAll("hit.stream");
    audit.record("hit.stream", HitStreams.DESK, HitMessages.PURPOSE, AuditOutcome.ok());
    return streams.subscribe(HitStreams.DESK);
  }

  @Operation(summary = "One hit with its clock (audited)", description = "match certain|possible; confirmBy once the issuer has received it; state; overdue.")
  @GetMapping("/{id}")
  public HitViews.View open(@PathVariable UUID id) {
    Hit hit = hits.find(id).orElseThrow(() -> CHECKPOINT.notFound("checkpoint.refused.noHit", id));
    posts.requireWatch(hit.checkpointCode(), "hit.read");
    audit.record("hit.read", id.toString(), HitMessages.PURPOSE, AuditOutcome.ok());
    return views.of(hit);
  }

  @Operation(summary = "The issuer confirms the alert is still valid, or not", description = "{\"decision\": \"confirmed\" | \"not-valid\"}; at the issuing node only.")
  @PostMapping(path = "/{id}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
  public HitViews.View confirm(@PathVariable UUID id, @RequestBody Decision decision) {
    return views.of(handling.decide(id, decision.decision()));
  }

  @Operation(
      summary = "The checkpoint records what it did",
      description = "{\"outcome\": arrested | released | not-the-person | vehicle-seized | document-seized | checked-and-reported}; at the checkpoint's node only.")
  @PostMapping(path = "/{id}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
  public HitViews.View outcome(@PathVariable UUID id, @RequestBody OutcomeRequest request) {
    return views.of(handling.recordOutcome(id, request.outcome()));
  }
}
