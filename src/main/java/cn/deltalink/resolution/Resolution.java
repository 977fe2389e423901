package cn.deltalink.resolution;

import java.util.List;

/**
 * The persons a batch resolved into. Every record is in exactly one person; a person of one record
 * matched nothing.
 *
 * @param comparisons how many pairs of records were compared (those sharing a blocking key)
 */
public record Resolution(int records, int comparisons, List<ResolvedPerson> persons) {

  public Resolution {
    persons = List.copyOf(persons);
  }
}
