package cn.deltalink.access;

import java.time.Instant;

/** Figures about access that leadership, administrators and auditors watch. */
public interface AccessWatch {

  /** Accounts locked now after repeated failed logins. */
  long lockedAccounts();

  /** Requests refused (role, jurisdiction or handling code) since the given instant. */
  long refusalsSince(Instant since);
}
