package cn.deltalink.access;

import cn.deltalink.platform.RequestRefused;
import org.springframework.http.HttpStatus;

/**
 * The audit trail cannot take an entry: its chain head is gone (the trail was emptied or cut in the
 * database). Audited actions are refused until the operator restarts the trail (docs/operations.md),
 * because an action that leaves no record is worse than no action: 503, with the reason.
 */
public class AuditTrailBroken extends RequestRefused {

  public AuditTrailBroken(String reason) {
    super(HttpStatus.SERVICE_UNAVAILABLE, "The audit trail is broken, so audited actions are refused until the operator restarts it: " + reason);
  }
}
