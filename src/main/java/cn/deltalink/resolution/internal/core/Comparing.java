package cn.deltalink.resolution.internal.core;

import cn.deltalink.resolution.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two records field by field into points for and against, each with its reason. The weights
 * follow how often a field agrees by chance: a valid ID number is one person's, a name is shared by
 * thousands, a birth date by a few of them. Two different ID numbers whose check characters both hold
 * are two persons whatever else agrees.
 */
public final class Comparing {

  private Comparing() {}

  /** The reasons for and against two records being one person. */
  public static List<Match.Reason> reasons(Features a, Features b) {
    List<Match.Reason> reasons = new ArrayList<>(5);
    if (a.id() != null && b.id() != null) {
      reasons.add(ids(a.id(), b.id()));
    }
    if (a.name() != null && b.name() != null) {
      reasons.add(names(a.name(), b.name()));
    }
    if (a.birthDate() != null && b.birthDate() != null) {
      reasons.add(a.birthDate().equals(b.birthDate())
          ? new Match.Reason("birth-date.same", 3, "born on " + a.birthDate())
          : new Match.Reason("birth-date.different", -3, "born on " + a.birthDate() + " and on " + b.birthDate()));
    }
    if (a.sex() != null && b.sex() != null) {
      reasons.add(a.sex().equals(b.sex()) ? new Match.Reason("sex.same", 1, "both " + a.sex()) : new Match.Reason("sex.different", -3, a.sex() + " and " + b.sex()));
    }
    if (a.phone() != null && a.phone().equals(b.phone())) {
      reasons.add(new Match.Reason("phone.same", 3, "the same mobile number"));
    }
    return reasons;
  }

  public static int score(List<Match.Reason> reasons) {
    int score = 0;
    for (Match.Reason r : reasons) {
      score += r.points();
    }
    return score;
  }

  static Match.Reason ids(IdReading a, IdReading b) {
    if (a.body().equals(b.body())) {
      if (a.checks() && b.checks()) {
        return a.old() != b.old()
            ? new Match.Reason("id.old-number", 12, "the 15-digit first-generation number is the 18-digit one without century and check character")
            : new Match.Reason("id.same", 12, "the same resident ID number");
      }
      return new Match.Reason("id.check-character", 10, "the same first 17 characters; the check character of " + (a.checks() ? b.value() : a.value()) + " is wrong");
    }
    if (a.checks() && b.checks()) {
      return new Match.Reason("id.different", -12, "two different resident ID numbers, both with a correct check character");
    }
    String wrong = a.checks() ? b.value() : a.value();
    int first = -1;
    int differing = 0;
    for (int i = 0; i < 17; i++) {
      if (a.value().charAt(i) != b.value().charAt(i)) {
        differing++;
        first = first < 0 ? i : first;
      }
    }
    if (differing == 1) {
      return new Match.Reason("id.one-digit", 8, "differs in digit " + (first + 1) + " only; the check character of " + wrong + " fails, a typing error");
    }
    if (differing == 2 && first + 1 < 17 && a.value().charAt(first) == b.value().charAt(first + 1) && a.value().charAt(first + 1) == b.value().charAt(first)) {
      return new Match.Reason("id.transposed", 8, "digits " + (first + 1) + " and " + (first + 2) + " swapped; the check character of " + wrong + " fails");
    }
    return new Match.Reason("id.different", -6, "different resident ID numbers (" + differing + " digits)");
  }

  static Match.Reason names(NameReading a, NameReading b) {
    if (a.han() && b.han()) {
      if (a.standard().equals(b.standard())) {
        return a.written().equals(b.written())
            ? new Match.Reason("name.same", 4, "the same name " + a.written())
            : new Match.Reason("name.variant-characters", 4, a.written() + " and " + b.written() + " are one name in traditional or variant characters");
      }
      return a.soundsLike(b)
          ? new Match.Reason("name.homophone", 3, a.written() + " and " + b.written() + " sound alike")
          : new Match.Reason("name.different", -4, a.written() + " and " + b.written() + " are different names");
    }
    if (a.soundsLike(b)) {
      return a.han() == b.han()
          ? new Match.Reason("name.same", 3, "the same spelling " + a.written())
          : new Match.Reason("name.pinyin-spelling", 3, (a.han() ? b : a).written() + " is the pinyin of " + (a.han() ? a : b).written());
    }
    return new Match.Reason("name.different", -2, a.written() + " and " + b.written() + " do not sound alike");
  }
}
