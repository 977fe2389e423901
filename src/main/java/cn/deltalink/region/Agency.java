package cn.deltalink.region;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A police agency (公安机关): a provincial department, a city or county bureau, a police station. Its
 * code is the six-digit code of its division followed by six digits of unit; its parent is the agency
 * it reports to (none for a provincial department).
 */
public record Agency(String code, String nameZh, String nameEn, AgencyKind kind, String divisionCode, @Nullable String parentCode) {

  public Agency {
    if (!AgencyCode.isWellFormed(code)) {
      throw new IllegalArgumentException("'" + code + "' is not an agency code: 12 digits");
    }
    if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("Agency " + code + " needs a Chinese and an English name");
    }
    if (kind == null) {
      throw new IllegalArgumentException("Agency " + code + " has no kind");
    }
    divisionCode = new DivisionCode(divisionCode).value();
    if (parentCode != null && !AgencyCode.isWellFormed(parentCode)) {
      throw new IllegalArgumentException("Agency " + code + ": parent '" + parentCode + "' is not an agency code");
    }
    if (code.equals(parentCode)) {
      throw new IllegalArgumentException("Agency " + code + " cannot be its own parent");
    }
  }

  /** The name in the language of the page: English for {@code en}, Chinese otherwise. */
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }
}
