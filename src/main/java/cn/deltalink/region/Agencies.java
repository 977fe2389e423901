package cn.deltalink.region;

import java.util.List;
import java.util.Optional;

/** The police agencies of the region. */
public interface Agencies {

  Optional<Agency> find(String code);

  /** The provincial department of a province (GB/T 2260 two-digit code). */
  Agency provincialDepartment(String provinceCode);

  List<Agency> under(String parentCode);
}
