package cn.deltalink.resolution;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person as one case recorded them, as typed: every field but the id may be missing or wrong (an ID
 * number with a typo, a name in pinyin), which is what resolution is for.
 *
 * @param recordId the caller's id of the record, unique in a batch
 * @param residentId the resident ID number as recorded, 18 or 15 characters
 * @param name in Han characters or Latin letters (pinyin)
 * @param sex {@code M}/{@code F} (also {@code male}/{@code female}, 男/女)
 * @param phone a mobile number
 * @param source where the record comes from (a case number), shown with the cluster
 */
public record PersonRecord(
    String recordId, @Nullable String residentId, @Nullable String name, @Nullable String sex, @Nullable LocalDate birthDate, @Nullable String phone, @Nullable String source) {

  public PersonRecord {
    if (recordId == null || recordId.isBlank() || recordId.length() > 64) {
      throw new IllegalArgumentException("A person record needs a recordId of 1 to 64 characters");
    }
  }
}
