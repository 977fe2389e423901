package cn.deltalink.alert.internal;

import cn.deltalink.platform.RefusalTexts;

/**
 * The refusals of the alert module (拒绝), keyed in {@code i18n/alert*.properties}: the API answers
 * the English text, the pages the officer's language.
 */
final class Refused {

  static final RefusalTexts ALERT = new RefusalTexts("i18n/alert");

  private Refused() {}
}
