package cn.deltalink.checkpoint.internal.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * How a camera read differs from a listed plate with the same look-alike key, and what that makes of
 * it. Each place where they differ holds characters of one confusion class; a read {@code I} or
 * {@code O} (letters no plate uses) whose only reading that the plate's format allows at that place
 * is the listed character is the plate as read, not a look-alike: {@code O} reads as 0 or D, {@code I}
 * as 1, and the authority letter is a letter, a new-energy serial has digits and D/F where GA 36 says.
 */
final class PlateComparison {

  /** Score factor for each confused character. */
  static final double CONFUSION = 0.8;
  /** Score factor for each I or O whose reading the format settles. */
  static final double IMPOSSIBLE_CHARACTER = 0.98;
  static final double PROVINCE_MISSING = 0.9;
  static final double PROVINCE_OTHER = 0.6;

  private enum Place {
    LETTER,
    DIGIT,
    ANY,
    D_OR_F,
    SUFFIX
  }

  final long listed;
  final long read;
  final int confusions;
  final int settledReadings;
  final List<String> pairs;

  private PlateComparison(long listed, long read) {
    this.listed = listed;
    this.read = read;
    int confused = 0;
    int settled = 0;
    List<String> differences = new ArrayList<>(2);
    for (int i = 0, n = Plates.length(listed); i < n; i++) {
      int l = Plates.codeAt(listed, i);
      int r = Plates.codeAt(read, i);
      if (l == r) {
        continue;
      }
      char lc = Plates.character(l);
      char rc = Plates.character(r);
      if (settledBy(place(listed, i), rc) == lc) {
        settled++;
        differences.add(rc + "→" + lc);
      } else {
        confused++;
        differences.add(lc + "↔" + rc);
      }
    }
    this.confusions = confused;
    this.settledReadings = settled;
    this.pairs = differences;
  }

  static PlateComparison of(long listed, long read) {
    return new PlateComparison(listed, read);
  }

  /** The one character a read I or O can be at a place of this kind, or 0 when it is not settled. */
  private static char settledBy(Place place, char read) {
    if (read == 'I') {
      return place == Place.DIGIT || place == Place.ANY ? '1' : 0;
    }
    if (read == 'O') {
      return switch (place) {
        case DIGIT -> '0';
        case LETTER, D_OR_F -> 'D';
        default -> 0;
      };
    }
    return 0;
  }

  /** What GA 36 allows at a place after the province of the listed plate. */
  private static Place place(long plate, int i) {
    if (i == 0) {
      return Place.LETTER;
    }
    if (Plates.length(plate) == 6) {
      return Plates.codeAt(plate, 5) > 36 ? (i == 5 ? Place.SUFFIX : Place.ANY) : Place.ANY;
    }
    boolean large = Plates.codeAt(plate, 1) <= 10;
    if (large) {
      return i == 6 ? Place.D_OR_F : Place.DIGIT;
    }
    return switch (i) {
      case 1 -> Place.D_OR_F;
      case 2 -> Place.ANY;
      default -> Place.DIGIT;
    };
  }

  boolean provinceSame() {
    return Plates.province(read) == Plates.province(listed);
  }

  boolean withinReach() {
    return confusions <= AlertIndex.MAX_CONFUSIONS;
  }

  /** The read is the plate: no confused character and the same province. */
  boolean isThePlate() {
    return confusions == 0 && provinceSame();
  }

  double score() {
    double score = Math.pow(CONFUSION, confusions) * Math.pow(IMPOSSIBLE_CHARACTER, settledReadings);
    int province = Plates.province(read);
    if (province == Plates.MISSING || province == Plates.UNREADABLE) {
      score *= PROVINCE_MISSING;
    } else if (province != Plates.province(listed)) {
      score *= PROVINCE_OTHER;
    }
    return score;
  }

  Candidate.Reason reason(String readText, double confidence) {
    String listedText = Plates.text(listed);
    List<String> notes = new ArrayList<>(pairs);
    int province = Plates.province(read);
    String code;
    if (province == Plates.MISSING) {
      notes.add("province character missing");
      code = "match.plate.province-missing";
    } else if (province == Plates.UNREADABLE) {
      notes.add("province character unreadable");
      code = "match.plate.province-missing";
    } else if (province != Plates.province(listed)) {
      notes.add("province " + Plates.PROVINCES.charAt(province - 1) + " instead of " + listedText.charAt(0));
      code = "match.plate.province-other";
    } else if (confusions > 0) {
      code = "match.plate.look-alike";
    } else if (confidence < AlertIndex.CERTAIN_CONFIDENCE) {
      notes.add("camera confidence " + confidence);
      code = "match.plate.low-confidence";
    } else {
      code = settledReadings > 0 ? "match.plate.settled" : "match.plate.same";
    }
    String details = String.join(", ", notes);
    String text = code.equals("match.plate.same") ? "plate " + listedText + " read exactly" : "plate " + listedText + " read as " + readText + " (" + details + ")";
    return new Candidate.Reason(code, List.of(listedText, readText, details), text);
  }
}
