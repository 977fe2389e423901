package cn.deltalink.alert;

/** Where an alert is in its life: draft → published → amended (each change a new version) → withdrawn. */
public enum AlertState {
  /** 草稿: written, not yet sent; only the issuing node has it. */
  DRAFT,
  /** 已发布: version 1 is out. */
  PUBLISHED,
  /** 已变更: a later version is out. */
  AMENDED,
  /** 已撤销: arrested, found, expired or cancelled; never hits again. */
  WITHDRAWN;

  public String slug() {
    return Slugs.of(this);
  }

  public static AlertState parse(String text) {
    for (AlertState state : values()) {
      if (state.slug().equals(Slugs.fold(text))) {
        return state;
      }
    }
    throw new IllegalArgumentException("state is draft, published, amended or withdrawn, not '" + text + "'");
  }
}
