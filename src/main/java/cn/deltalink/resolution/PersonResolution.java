package cn.deltalink.resolution;

import java.util.List;

/** Resolves a batch of person records into persons; framework-free underneath, no data kept. */
public interface PersonResolution {

  /**
   * Groups the records that describe the same person, each match with its reasons.
   *
   * @throws IllegalArgumentException when two records share a recordId
   */
  Resolution resolve(List<PersonRecord> records);
}
