package cn.deltalink.checkpoint.internal.matching;

import cn.deltalink.identity.PersonName;
import cn.deltalink.identity.ResidentIdNumber.Gender;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a checkpoint reads and checks: a person (ID card or manual entry), a vehicle's plate as a camera
 * read it, or a document's number. Texts are taken as read; the index normalises them (full-width
 * characters, case, separators such as {@code 苏A·12345}).
 */
public sealed interface Read {

  /**
   * A person: the resident ID number as read from the card or typed (15 or 18 characters), and/or
   * the name with birth date and sex when entered by hand. Name details are used only when all three
   * are present.
   */
  record Person(@Nullable String residentId, @Nullable PersonName name, @Nullable LocalDate birthDate, @Nullable Gender sex) implements Read {

    public static Person byResidentId(String residentId) {
      return new Person(residentId, null, null, null);
    }

    public static Person byDetails(PersonName name, LocalDate birthDate, Gender sex) {
      return new Person(null, name, birthDate, sex);
    }

    boolean hasDetails() {
      return name != null && birthDate != null && sex != null;
    }
  }

  /**
   * A camera's read of a plate with the camera's confidence in it, 0 to 1. A look-alike or partial
   * read is at most a possible hit; an exact read below {@link AlertIndex#CERTAIN_CONFIDENCE} too.
   */
  record Vehicle(String plateText, double confidence) implements Read {
    public Vehicle {
      Objects.requireNonNull(plateText, "plateText");
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("a camera's confidence is between 0 and 1, not " + confidence);
      }
    }

    /** A plate typed or read with full confidence. */
    public static Vehicle of(String plateText) {
      return new Vehicle(plateText, 1.0);
    }
  }

  /** A document's number as read or typed. */
  record Document(String number) implements Read {
    public Document {
      Objects.requireNonNull(number, "number");
    }
  }
}
