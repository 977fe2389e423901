package cn.deltalink.exchange.internal.tracking;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.directory.TrustedDirectory;
import cn.deltalink.exchange.internal.log.LogVerification;
import cn.deltalink.exchange.internal.peer.PeerStatus;
import cn.deltalink.platform.RequestRefused;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The exchange's JSON API for people: tracking, peers, message-log verification, directory reload. */
@RestController
@RequestMapping("/api/v1/exchange")
class ExchangeApi {

  private final MessageTracking tracking;
  private final TrackingAccess access;
  private final TrustedDirectory directory;
  private final PeerStatus status;
  private final LogVerification logVerification;
  private final AuditTrail audit;

  ExchangeApi(MessageTracking tracking, TrackingAccess access, TrustedDirectory directory, PeerStatus status, LogVerification logVerification, AuditTrail audit) {
    this.tracking = tracking;
    this.access = access;
    this.directory = directory;
    this.status = status;
    this.logVerification = logVerification;
    this.audit = audit;
  }

  /** A page of tracked messages: {@code direction} outgoing|incoming, {@code state} queued|delivered|acknowledged|failed (outgoing) or received|processed|failed (incoming). */
  @GetMapping("/messages")
  Map<String, Object> messages(
      @RequestParam(required = false) @Nullable String peer,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String direction,
      @RequestParam(defaultValue = "0") int page) {
    requireWatcher();
    String filters = "peer=" + peer + " state=" + state + " direction=" + direction + " page=" + page;
    if (peer != null && directory.member(peer).isEmpty()) {
      throw RequestRefused.invalid("The member directory has no node '" + peer + "'; known nodes: " + directory.directory().members().stream().map(MemberDirectory.Member::id).toList());
    }
    if (direction != null && !direction.equals("outgoing") && !direction.equals("incoming")) {
      throw RequestRefused.invalid("direction must be 'outgoing' or 'incoming'");
    }
    if (state != null && !MessageTracking.OUTGOING_STATES.contains(state) && !MessageTracking.INCOMING_STATES.contains(state)) {
      throw RequestRefused.invalid("state must be one of queued, delivered, acknowledged, failed (outgoing) or received, processed, failed (incoming)");
    }
    if (page < 0) {
      throw RequestRefused.invalid("page must be 0 or more");
    }
    audit.record("exchange.messages.list", filters, "", AuditOutcome.ok());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("page", page);
    result.put("pageSize", MessageTracking.PAGE_SIZE);
    result.put("items", tracking.list(peer, state, direction, page));
    return result;
  }

  @GetMapping("/messages/{id}")
  Map<String, Object> message(@PathVariable UUID id) {
    requireWatcher();
    List<MessageTracking.Tracked> rows = tracking.message(id);
    audit.record("exchange.messages.read", id.toString(), "", rows.isEmpty() ? AuditOutcome.rejected("not found") : AuditOutcome.ok());
    if (rows.isEmpty()) {
      throw RequestRefused.notFound("This node neither sent nor received a message " + id);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("id", id);
    result.put("type", rows.get(0).type());
    result.put("direction", rows.get(0).direction());
    result.put("createdAt", rows.get(0).createdAt());
    result.put("peers", rows);
    return result;
  }

  @GetMapping("/peers")
  List<Map<String, Object>> peers() {
    requireWatcher();
    return tracking.peers(directory.peers().stream().map(MemberDirectory.Member::id).toList()).stream()
        .map(
            s -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("summary", s);
              PeerStatus.Contact contact = status.of(s.peer()).orElse(new PeerStatus.Contact(null, null, null, null));
              row.put("reachable", contact.reachable());
              row.put("lastContact", contact.lastContact());
              row.put("lastError", contact.lastError());
              return row;
            })
        .toList();
  }

  /** Walks the message log's hash chain: {@code {"intact": true, "entries": N, "firstBrokenEntry": null}}. */
  @GetMapping("/log/verify")
  LogVerification.Result verifyLog() {
    requireWatcher();
    LogVerification.Result result = logVerification.verify();
    audit.record("exchange.log.verify", "message log", "", AuditOutcome.ok(result.intact() ? "intact" : "broken at " + result.firstBrokenEntry()));
    return result;
  }

  /** Takes over a newer member directory from the directory folder now instead of at the next check. */
  @PostMapping("/directory/reload")
  Map<String, Object> reloadDirectory() {
    if (!access.mayAdminister()) {
      throw RequestRefused.forbidden("Only an administrator may reload the member directory");
    }
    try {
      long version = directory.reload();
      audit.record("exchange.directory.reload", "version " + version, "", AuditOutcome.ok());
      return Map.of("version", version);
    } catch (IllegalStateException e) {
      audit.record("exchange.directory.reload", "directory", "", AuditOutcome.rejected("invalid directory"));
      throw RequestRefused.conflict(e.getMessage());
    }
  }

  private void requireWatcher() {
    if (!access.mayWatch()) {
      throw RequestRefused.forbidden("Tracking the exchange needs the role administrator, duty officer, supervisor or auditor");
    }
  }
}
