package cn.deltalink.fraud;

import static cn.deltalink.fraud.internal.Refused.rule;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A risk to record: what (type and value, checked by the type's rule when recorded), the label
 * (e.g. 涉诈电话, 两卡 mule account, 钓鱼网站), level 1 (low) to 5 (certain), where it came from, the
 * evidence in words and, optionally, until when it holds (two years when not given).
 */
public record RiskEntryDraft(RiskType type, String value, String label, int level, RiskSource source, String evidence, @Nullable LocalDate validUntil) {

  public static final int MAX_LABEL = 100;
  public static final int MAX_EVIDENCE = 2000;

  public RiskEntryDraft {
    if (value.isBlank()) {
      throw rule("fraud.refused.value.empty");
    }
    if (label.isBlank() || label.length() > MAX_LABEL) {
      throw rule("fraud.refused.label", MAX_LABEL);
    }
    if (level < 1 || level > 5) {
      throw rule("fraud.refused.level", level);
    }
    if (evidence.length() > MAX_EVIDENCE) {
      throw rule("fraud.refused.evidence", MAX_EVIDENCE);
    }
  }
}
