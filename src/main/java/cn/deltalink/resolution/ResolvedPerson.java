package cn.deltalink.resolution;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One person: the records resolved into it and the matches that joined them.
 *
 * @param residentId the valid 18-character ID number its records carry (an old 15-digit one converted), if any
 * @param name the name written most often in Han characters among its records, else the first name given
 */
public record ResolvedPerson(@Nullable String residentId, @Nullable String name, List<String> recordIds, List<Match> matches) {

  public ResolvedPerson {
    recordIds = List.copyOf(recordIds);
    matches = List.copyOf(matches);
  }
}
