package cn.deltalink.checkpoint.internal.stations;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A checkpoint (查控点): a border station of the region, known by its agency code, with numbered lanes.
 */
public record Checkpoint(String code, String nameZh, String nameEn, String divisionCode, int lanes) {

  public Checkpoint {
    if (!code.matches("\\d{12}")) {
      throw new IllegalArgumentException("A checkpoint's code is its border station's 12-digit agency code");
    }
    if (lanes < 1 || lanes > 64) {
      throw new IllegalArgumentException("A checkpoint has 1 to 64 lanes");
    }
  }

  /** The lanes' names: 1, 2, … */
  public List<String> laneNames() {
    return IntStream.rangeClosed(1, lanes).mapToObj(Integer::toString).toList();
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }
}
