package cn.deltalink.access;

import java.util.Optional;

/** Whether the audit trail is known to be broken, and why: shown as an alarm to administrators and auditors. */
public interface TrailAlarm {

  Optional<String> auditTrailProblem();
}
