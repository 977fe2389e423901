package cn.deltalink.checkpoint.internal.matching;

import cn.deltalink.identity.PersonName;
import cn.deltalink.identity.ResidentIdNumber.Gender;
import cn.deltalink.identity.VehiclePlate;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing an alert can be found by. An alert has one or more keys: a person alert its resident ID
 * number and a {@link PersonDetails} for the name and for each alias; a vehicle alert its plate; a
 * document alert the document's number.
 */
public sealed interface AlertKey {

  /** What a key identifies; a candidate says which kind of key it was found by. */
  enum Kind {
    RESIDENT_ID,
    PLATE,
    DOCUMENT,
    PERSON_DETAILS;

    /** As the API spells it, e.g. {@code resident-id}. */
    public String slug() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  Kind kind();

  /**
   * A resident ID number: 18 characters (GB 11643-1999), or the 15 digits of a first-generation card,
   * which is the same person as the 18-character number with {@code 19} before the year and a check
   * character added. Either form matches reads in either form. The check character is not verified
   * here: alerts carry what the issuing province recorded.
   */
  record ResidentId(String number) implements AlertKey {
    public ResidentId {
      number = ResidentIds.normalised(Objects.requireNonNull(number, "number"));
      if (ResidentIds.key(number) < 0) {
        throw new IllegalArgumentException("a resident ID key has 18 characters (17 digits and a digit or X) or 15 digits");
      }
    }

    @Override
    public Kind kind() {
      return Kind.RESIDENT_ID;
    }
  }

  /** A plate as the alert lists it, valid by GA 36. */
  record Plate(VehiclePlate plate) implements AlertKey {
    public Plate {
      Objects.requireNonNull(plate, "plate");
    }

    @Override
    public Kind kind() {
      return Kind.PLATE;
    }
  }

  /**
   * A document's number: a lost or stolen resident ID card is listed by its resident ID number (15 or
   * 18 characters, matched as {@link ResidentId} numbers are), other documents by their number
   * (letters and digits, compared without spaces, dashes or case).
   */
  record Document(String number) implements AlertKey {
    public Document {
      number = Documents.normalised(Objects.requireNonNull(number, "number"));
      if (number.isEmpty() || number.length() > 32) {
        throw new IllegalArgumentException("a document number has 1 to 32 letters and digits");
      }
    }

    @Override
    public Kind kind() {
      return Kind.DOCUMENT;
    }
  }

  /**
   * A name (or alias) with the birth date and sex, for persons checked without an ID number. A match
   * on these is only ever {@link Match#POSSIBLE}: names sound alike across many people.
   */
  record PersonDetails(PersonName name, LocalDate birthDate, Gender sex) implements AlertKey {
    public PersonDetails {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(birthDate, "birthDate");
      Objects.requireNonNull(sex, "sex");
    }

    @Override
    public Kind kind() {
      return Kind.PERSON_DETAILS;
    }
  }
}
