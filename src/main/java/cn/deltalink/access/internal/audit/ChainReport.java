package cn.deltalink.access.internal.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The result of verifying the audit trail's hash chain: whether it is intact, how many entries the
 * trail holds, the position of the first entry that does not verify (or is missing), and why.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChainReport(boolean intact, long entries, @Nullable Long firstBrokenEntry, String reason) {

  static ChainReport intact(long entries) {
    return new ChainReport(true, entries, null, "All " + entries + " entries link up and match the chain head.");
  }

  static ChainReport broken(long entries, @Nullable Long firstBrokenEntry, String reason) {
    return new ChainReport(false, entries, firstBrokenEntry, reason);
  }
}
