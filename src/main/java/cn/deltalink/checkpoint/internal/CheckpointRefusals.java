package cn.deltalink.checkpoint.internal;

import cn.deltalink.platform.RefusalTexts;

/**
 * The refusals of the checkpoint module (拒绝), keyed in {@code i18n/checkpoint*.properties}: the API
 * answers the English text, the pages the officer's language. Public for the module's sub-packages.
 */
public final class CheckpointRefusals {

  public static final RefusalTexts CHECKPOINT = new RefusalTexts("i18n/checkpoint");

  private CheckpointRefusals() {}
}
