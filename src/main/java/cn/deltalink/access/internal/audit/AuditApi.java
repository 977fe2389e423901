package cn.deltalink.access.internal.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors and administrators: search, and verification of the hash chain. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

  private final ReadingAuditTrail trail;

  AuditApi(ReadingAuditTrail trail) {
    this.trail = trail;
  }

  /**
   * Entries newest first. {@code action} matches exactly or as a prefix ({@code login} finds
   * {@code login.failure}); {@code subject} and {@code purpose} match text within; {@code from} and
   * {@code to} are ISO instants or dates (China Standard Time); {@code page} counts from 0.
   */
  @GetMapping("/entries")
  AuditEntries.Found entries(
      @RequestParam(required = false) @Nullable String actor,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String subject,
      @RequestParam(required = false) @Nullable String purpose,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    return trail.search(AuditQuery.of(actor, action, subject, purpose, from, to, page, size));
  }

  /** Recomputes the whole chain: {@code {"intact", "entries", "firstBrokenEntry", "reason"}}. */
  @GetMapping("/verify")
  ChainReport verify() {
    return trail.verify();
  }
}
