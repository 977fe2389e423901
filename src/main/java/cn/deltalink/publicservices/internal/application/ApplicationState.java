package cn.deltalink.publicservices.internal.application;

import java.util.Arrays;
import java.util.Locale;

/** Where an application stands. Which change is allowed from which state is in {@link Application}. */
public enum ApplicationState {
  /** Taken at the window and sent; the competent node has not received it yet (no clock). */
  SENT,
  /** Received by the competent node: its reviewer decides, the clock runs. */
  UNDER_REVIEW,
  /** The reviewer asked for more material: back at the intake window, the clock paused. */
  MORE_MATERIAL,
  /** Hukou transfer: the destination approved (准迁); the origin moves the person out (迁出). */
  MOVE_OUT_PENDING,
  /** Decided in the resident's favour and, for a transfer, moved out and registered (落户). */
  APPROVED,
  /** Refused with a reason. */
  REFUSED;

  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public boolean closed() {
    return this == APPROVED || this == REFUSED;
  }

  public static ApplicationState parse(String slug) {
    return Arrays.stream(values())
        .filter(s -> s.slug().equals(slug.strip()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("state is one of " + Arrays.stream(values()).map(ApplicationState::slug).toList()));
  }
}
