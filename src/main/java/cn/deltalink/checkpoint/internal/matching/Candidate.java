package cn.deltalink.checkpoint.internal.matching;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An alert a read may concern.
 *
 * @param alertId the alert
 * @param version the alert's version the index held when it answered
 * @param match certain or possible
 * @param score 1 for an exact match, lower the more the read had to be interpreted (0 to 1)
 * @param on the kind of key that matched
 * @param reason why, for the officer
 */
public record Candidate(UUID alertId, long version, Match match, double score, AlertKey.Kind on, Reason reason) {

  public Candidate {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Why a read matched, as a message code with its arguments (for the pages' bundles, e.g. {@code
   * match.plate.look-alike}) and as an English sentence such as {@code plate 苏A12345 read as
   * 苏A1Z345 (2↔Z)}. Identifiers appear in full: the caller masks them where the viewer's role asks.
   */
  public record Reason(String code, List<String> arguments, String text) {
    public Reason {
      Objects.requireNonNull(code, "code");
      arguments = List.copyOf(arguments);
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
