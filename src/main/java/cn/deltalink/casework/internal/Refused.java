package cn.deltalink.casework.internal;

import cn.deltalink.platform.RefusalTexts;

/**
 * The refusals of case work (拒绝), keyed in {@code i18n/casework*.properties}: the API answers the
 * English text, the pages the officer's language.
 */
public final class Refused {

  public static final RefusalTexts CASEWORK = new RefusalTexts("i18n/casework");

  private Refused() {}
}
