package cn.deltalink.resolution.internal.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys under which a record meets its candidates; two records are compared only when they share
 * one. Each kind of error leaves at least one key intact: a typo in the birth-date digits of the ID
 * keeps the name with address and order code; a typo elsewhere keeps the name with the ID's birth
 * digits; a missing name keeps the ID's front half (address, century and decade) or its back half
 * (rest of the birth date, order code); a missing ID keeps
 * the name with the birth date, and the phone. The ID's halves and its birth digits are keys even
 * when its check fails: the typo is in the other part.
 */
public final class BlockingKeys {

  private BlockingKeys() {}

  public static List<String> of(Features f) {
    List<String> keys = new ArrayList<>(8);
    if (f.id() != null) {
      keys.add("i" + f.id().body());
      keys.add("f" + f.id().value().substring(0, 9));
      keys.add("h" + f.id().value().substring(9, 17));
    }
    if (f.name() != null) {
      for (String sound : f.name().keys()) {
        if (f.birthDate() != null) {
          keys.add("b" + sound + f.birthDate());
        }
        if (f.id() != null) {
          String v = f.id().value();
          keys.add("a" + sound + v.substring(0, 6) + v.substring(14, 17));
          keys.add("d" + sound + v.substring(6, 14));
        }
      }
    }
    if (f.phone() != null) {
      keys.add("p" + f.phone());
    }
    return keys;
  }
}
