package cn.deltalink.bulletin.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One reader's acknowledgement (签收) of a bulletin at a receiving node: when, by whom, with an optional note. */
record Acknowledgement(Instant acknowledgedAt, String officerName, String agencyCode, @Nullable String note) {

  static final int MAX_NOTE = 1000;
}
