package cn.deltalink.bulletin.internal;

import cn.deltalink.platform.RefusalTexts;

/**
 * The refusals of the bulletin module (拒绝), keyed in {@code i18n/bulletin*.properties}: the API
 * answers the English text, the pages the officer's language.
 */
final class Refused {

  static final RefusalTexts BULLETIN = new RefusalTexts("i18n/bulletin");

  private Refused() {}
}
