package cn.deltalink.checkpoint.internal.matching;

import cn.deltalink.identity.VehiclePlate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated plates as the region's roads carry them and camera reads of them with the mistakes cameras
 * make: confused characters, a lost or misread province character. Seven in ten plates are from
 * Jiangsu, Shanghai, Zhejiang or Anhui; nine in ten authority letters are of a province's prefectures
 * (A–N, as Jiangsu's thirteen); serial characters are digits seven times in ten; one plate in seven is
 * new-energy. How often an unlisted plate looks like a listed one depends on these shares (the denser
 * the plates, the likelier), so they are kept close to the roads rather than spread evenly.
 */
final class CameraReads {

  /** What a camera got wrong in a read. */
  enum Mistake {
    NONE,
    ONE_CONFUSED,
    TWO_CONFUSED,
    PROVINCE_MISSING,
    PROVINCE_MISSING_AND_ONE_CONFUSED,
    PROVINCE_MISREAD
  }

  private static final String DELTA = "苏沪浙皖";
  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String FIRST_LETTERS = "ABCDEFGHJKLMN";
  private static final String DIGITS = "0123456789";
  /** Han characters cameras report where the province stood: look-alikes of the real ones. */
  private static final String NOT_PROVINCES = "办芬浦折院茄";

  /** What a camera reads each character as when it gets it wrong. */
  private static final Map<Character, String> MISREADS =
      Map.ofEntries(
          Map.entry('0', "DQO"), Map.entry('D', "0QO"), Map.entry('Q', "0DO"), Map.entry('8', "B"), Map.entry('B', "8"),
          Map.entry('2', "Z"), Map.entry('Z', "2"), Map.entry('5', "S"), Map.entry('S', "5"), Map.entry('1', "7I"),
          Map.entry('7', "1"), Map.entry('6', "G"), Map.entry('G', "6"));

  private final Random random;

  CameraReads(long seed) {
    this.random = new Random(seed);
  }

  VehiclePlate plate() {
    StringBuilder p = new StringBuilder(8);
    p.append(random.nextInt(10) < 7 ? pick(DELTA) : pick(VehiclePlate.PROVINCES.keySet().stream().sorted().reduce("", String::concat)));
    p.append(random.nextInt(10) < 9 ? pick(FIRST_LETTERS) : pick(LETTERS));
    int kind = random.nextInt(100);
    if (kind < 10) {
      p.append(pick("DF")).append(random.nextBoolean() ? pick(LETTERS) : pick(DIGITS));
      for (int i = 0; i < 4; i++) {
        p.append(pick(DIGITS));
      }
    } else if (kind < 15) {
      for (int i = 0; i < 5; i++) {
        p.append(pick(DIGITS));
      }
      p.append(pick("DF"));
    } else {
      for (int i = 0; i < 5; i++) {
        p.append(random.nextInt(10) < 7 ? pick(DIGITS) : pick(LETTERS));
      }
    }
    return new VehiclePlate(p.toString());
  }

  /** A read of the plate with this mistake (fewer confusions when the plate has fewer confusable characters). */
  String read(VehiclePlate plate, Mistake mistake) {
    StringBuilder read = new StringBuilder(plate.value());
    switch (mistake) {
      case NONE -> {}
      case ONE_CONFUSED -> confuse(read, 1);
      case TWO_CONFUSED -> confuse(read, 2);
      case PROVINCE_MISSING -> read.deleteCharAt(0);
      case PROVINCE_MISSING_AND_ONE_CONFUSED -> {
        confuse(read, 1);
        read.deleteCharAt(0);
      }
      case PROVINCE_MISREAD -> read.setCharAt(0, pick(NOT_PROVINCES));
    }
    return read.toString();
  }

  Mistake anyMistake() {
    Mistake[] all = Mistake.values();
    return all[1 + random.nextInt(all.length - 1)];
  }

  private void confuse(StringBuilder read, int count) {
    List<Integer> places = new ArrayList<>();
    for (int i = 1; i < read.length(); i++) {
      if (MISREADS.containsKey(read.charAt(i))) {
        places.add(i);
      }
    }
    for (int n = 0; n < count && !places.isEmpty(); n++) {
      int place = places.remove(random.nextInt(places.size()));
      read.setCharAt(place, pick(MISREADS.get(read.charAt(place))));
    }
  }

  private char pick(String from) {
    return from.charAt(random.nextInt(from.length()));
  }
}
