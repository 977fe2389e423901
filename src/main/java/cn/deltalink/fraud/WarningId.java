package cn.deltalink.fraud;

import java.util.UUID;

/** A warning's id, the same at the sending and the receiving node. */
public record WarningId(UUID value) {

  public static WarningId random() {
    return new WarningId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
