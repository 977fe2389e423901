package cn.deltalink.register;

import java.util.List;

/**
 * Implemented by the module that owns a register's meaning: it is handed every entry version that is
 * newer than the one this node held, in the transaction that stores it, and keeps its own readable
 * copy. Throwing {@link IllegalArgumentException} refuses the whole message (it is shown as failed
 * with the reason and nothing is stored).
 */
public interface RegisterReplica {

  /** The register this replica keeps, e.g. {@code alert}. */
  String register();

  /** Stores the given entries, each newer than what this node held of it. */
  void apply(List<RegisterEntry> newer);
}
