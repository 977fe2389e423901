package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.rule;

import cn.deltalink.fraud.RiskEntryDraft;
import cn.deltalink.fraud.RiskSource;
import cn.deltalink.fraud.RiskType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One entry of the risk database in one version: owned by the node that recorded it, replicated to
 * every other. A node holds at most one entry per type and value of its own; more knowledge adds to it.
 */
public record RiskEntry(
    UUID id,
    long version,
    String ownerNode,
    RiskType type,
    String value,
    String label,
    int level,
    List<RiskSource> sources,
    String evidence,
    LocalDate validUntil,
    String recordedBy,
    Instant recordedAt,
    Instant changedAt) {

  /** Evidence beyond this is cut from the oldest end: the newest findings matter most. */
  static final int MAX_EVIDENCE_KEPT = 8000;

  public RiskEntry {
    sources = List.copyOf(sources);
    if (version < 1) {
      throw rule("fraud.refused.entry.version");
    }
    if (level < 1 || level > 5) {
      throw rule("fraud.refused.level", level);
    }
    if (sources.isEmpty()) {
      throw rule("fraud.refused.entry.sources");
    }
    if (label.isBlank() || label.length() > RiskEntryDraft.MAX_LABEL) {
      throw rule("fraud.refused.label", RiskEntryDraft.MAX_LABEL);
    }
    if (value.isBlank() || value.length() > 500) {
      throw rule("fraud.refused.entry.value");
    }
  }

  static RiskEntry first(RiskEntryDraft draft, String value, String ownerNode, String by, Instant now, LocalDate validUntil) {
    return new RiskEntry(UUID.randomUUID(), 1, ownerNode, draft.type(), value, draft.label().strip(), draft.level(), List.of(draft.source()), draft.evidence().strip(), validUntil, by, now, now);
  }

  /** The next version with what the draft adds: its source, its evidence, the higher level, the later validity, its label. */
  RiskEntry with(RiskEntryDraft draft, Instant now, LocalDate validUntil) {
    Set<RiskSource> all = EnumSet.noneOf(RiskSource.class);
    all.addAll(sources);
    all.add(draft.source());
    String more = draft.evidence().strip();
    String joined = more.isEmpty() || evidence.contains(more) ? evidence : evidence.isEmpty() ? more : evidence + "\n" + more;
    if (joined.length() > MAX_EVIDENCE_KEPT) {
      joined = joined.substring(joined.length() - MAX_EVIDENCE_KEPT);
    }
    LocalDate until = validUntil.isAfter(this.validUntil) ? validUntil : this.validUntil;
    return new RiskEntry(id, version + 1, ownerNode, type, value, draft.label().strip(), Math.max(level, draft.level()), List.copyOf(all), joined, until, recordedBy, recordedAt, now);
  }

  boolean activeOn(LocalDate day) {
    return !validUntil.isBefore(day);
  }
}
