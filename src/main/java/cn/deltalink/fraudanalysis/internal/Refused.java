package cn.deltalink.fraudanalysis.internal;

import cn.deltalink.platform.RefusalTexts;

/**
 * The refusals of transaction imports and analyses (拒绝), keyed in {@code i18n/fraudanalysis*.properties}:
 * the API answers the English text, the pages the officer's language.
 */
public final class Refused {

  public static final RefusalTexts ANALYSIS = new RefusalTexts("i18n/fraudanalysis");

  private Refused() {}
}
