package cn.deltalink.evidencerules.internal;

import cn.deltalink.platform.RefusalTexts;

/**
 * The refusals of the evidence rules (拒绝), keyed in {@code i18n/evidencerules*.properties}: the API
 * answers the English text, the pages the officer's language.
 */
final class Refused {

  static final RefusalTexts EVIDENCE_RULES = new RefusalTexts("i18n/evidencerules");

  private Refused() {}
}
