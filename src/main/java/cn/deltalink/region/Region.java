package cn.deltalink.region;

import java.util.List;

/**
 * The region this node belongs to, as configured ({@code deltalink.region} names the folder
 * {@code region/<key>/} of the data set): its names and its member provinces (GB/T 2260 two-digit
 * codes). The Yangtze River Delta (长三角) is the reference region; nothing in the code names it.
 */
public record Region(String key, String nameZh, String nameEn, List<String> provinceCodes) {

  public Region {
    if (key == null || !key.matches("[a-z0-9][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException("A region key is 1-32 lower-case letters, digits or '-', was '" + key + "'");
    }
    if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("Region " + key + " needs name.zh and name.en");
    }
    if (provinceCodes == null || provinceCodes.isEmpty()) {
      throw new IllegalArgumentException("Region " + key + " lists no member provinces");
    }
    for (String province : provinceCodes) {
      if (!province.matches("\\d{2}") || province.equals("00")) {
        throw new IllegalArgumentException("Region " + key + ": '" + province + "' is not a two-digit province code");
      }
    }
    if (provinceCodes.stream().distinct().count() != provinceCodes.size()) {
      throw new IllegalArgumentException("Region " + key + " lists a province twice");
    }
    provinceCodes = List.copyOf(provinceCodes);
  }

  /** Whether the division lies in one of the member provinces. */
  public boolean includes(DivisionCode code) {
    return provinceCodes.contains(code.province());
  }
}
