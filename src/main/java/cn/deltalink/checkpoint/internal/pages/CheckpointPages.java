package cn.deltalink.checkpoint.internal.pages;

import cn.deltalink.checkpoint.internal.stations.CheckpointPosts;

import cn.deltalink.checkpoint.internal.demo.DemoTraffic;
import cn.deltalink.checkpoint.internal.hits.HandlingHits;
import cn.deltalink.checkpoint.internal.hits.Hit;
import cn.deltalink.checkpoint.internal.hits.HitMessages;
import cn.deltalink.checkpoint.internal.hits.HitViews;
import cn.deltalink.checkpoint.internal.hits.Hits;
import cn.deltalink.checkpoint.internal.stations.Checkpoint;
import cn.deltalink.checkpoint.internal.stations.Checkpoints;

import static cn.deltalink.checkpoint.internal.CheckpointRefusals.CHECKPOINT;

import cn.deltalink.access.AuditOutcome;

import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.platform.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The checkpoint screen (查控屏: hits at one checkpoint, pushed by server-sent events) and the duty
 * desk (值班台: hits on this province's alerts with their running clocks).
 */
@Controller
public class CheckpointPages {

  private final Checkpoints checkpoints;
  private final Hits hits;
  private final HitViews views;
  private final HandlingHits handling;
  private final CurrentOfficer current;
  private final Exchange exchange;
  private final AuditTrail audit;
  private final DemoTraffic traffic;
  private final cn.deltalink.platform.NodeSettings node;
  private final CheckpointPosts posts;
  private final org.springframework.context.MessageSource messages;

  CheckpointPages(org.springframework.context.MessageSource messages, CheckpointPosts posts, DemoTraffic traffic, cn.deltalink.platform.NodeSettings node, Checkpoints checkpoints, Hits hits, HitViews views, HandlingHits handling, CurrentOfficer current, Exchange exchange, AuditTrail audit) {
    this.messages = messages;
    this.posts = posts;
    this.traffic = traffic;
    this.node = node;
    this.checkpoints = checkpoints;
    this.hits = hits;
    this.views = views;
    this.handling = handling;
    this.current = current;
    this.exchange = exchange;
    this.audit = audit;
  }

  /** The officer's own checkpoint, or the first of the node's. */
  @GetMapping("/checkpoints")
  public String mine() {
    String own = posts.currentPost("hit.list").or(() -> current.get().flatMap(o -> checkpoints.of(o.username()))).orElse(null);
    List<Checkpoint> all = checkpoints.all();
    if (own == null && all.isEmpty()) {
      throw CHECKPOINT.notFound("checkpoint.refused.none");
    }
    return "redirect:/checkpoints/" + (own != null ? own : all.get(0).code());
  }

  @GetMapping("/checkpoints/{code}")
  public String screen(@PathVariable String code, Model model) {
    posts.requireWatch(code, "hit.list");
    Checkpoint checkpoint = checkpoints.find(code).orElseThrow(() -> CHECKPOINT.notFound("checkpoint.refused.unknown", code.length() > 20 ? code.substring(0, 20) + "…" : code));
    audit.record("hit.list", checkpoint.code(), HitMessages.PURPOSE, AuditOutcome.ok());
    model.addAttribute("checkpoint", checkpoint)
        .addAttribute("checkpoints", posts.currentPost("hit.list").isPresent() ? List.of(checkpoint) : checkpoints.all())
        .addAttribute("demo", node.demo())
        .addAttribute("hits", hits.atCheckpoint(checkpoint.code(), 50).stream().map(views::of).toList());
    return "checkpoint/screen";
  }

  /** The hit list alone: the screen reloads it when the stream announces a hit. */
  @GetMapping("/checkpoints/{code}/hits")
  public String screenHits(@PathVariable String code, Model model) {
    posts.requireWatch(code, "hit.list");
    Checkpoint checkpoint = checkpoints.find(code).orElseThrow(() -> CHECKPOINT.notFound("checkpoint.refused.unknown", code.length() > 20 ? code.substring(0, 20) + "…" : code));
    model.addAttribute("checkpoint", checkpoint).addAttribute("hits", hits.atCheckpoint(checkpoint.code(), 50).stream().map(views::of).toList());
    return "checkpoint/screen :: hits";
  }

  @PostMapping("/checkpoints/{code}/replay")
  public String replay(@PathVariable String code, @RequestParam(defaultValue = "600") int events, @RequestParam(defaultValue = "20") int perSecond, @RequestParam(defaultValue = "2") int hitPercent) {
    posts.requireWatch(code, "checkpoint.replay");
    traffic.start(code, events, perSecond, hitPercent);
    return "redirect:/checkpoints/" + code;
  }

  @GetMapping("/hits")
  public String desk(Model model) {
    posts.requireWatchAll("hit.list");
    model.addAttribute("hits", hits.list(null, exchange.localNode().value(), false, 100).stream().map(views::of).toList());
    return "checkpoint/desk";
  }

  @GetMapping("/hits/table")
  public String deskTable(Model model) {
    posts.requireWatchAll("hit.list");
    model.addAttribute("hits", hits.list(null, exchange.localNode().value(), false, 100).stream().map(views::of).toList());
    return "checkpoint/desk :: table";
  }

  @PostMapping("/hits/{id}/confirmation")
  public String confirm(@PathVariable UUID id, @RequestParam(required = false) @Nullable String decision) {
    handling.decide(id, decision);
    return "redirect:/hits";
  }

  @PostMapping("/hits/{id}/outcome")
  public String outcome(@PathVariable UUID id, @RequestParam(required = false) @Nullable String outcome) {
    Hit hit = handling.recordOutcome(id, outcome);
    return "redirect:/checkpoints/" + hit.checkpointCode();
  }

  @ExceptionHandler(RequestRefused.class)
  String refused(RequestRefused refused, Model model, HttpServletResponse response, java.util.Locale locale) {
    response.setStatus(refused.status().value());
    model.addAttribute("status", refused.status().value()).addAttribute("refusal", refused.in(messages, locale));
    return "error";
  }
}
