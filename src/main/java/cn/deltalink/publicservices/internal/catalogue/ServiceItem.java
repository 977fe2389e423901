package cn.deltalink.publicservices.internal.catalogue;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One service of the catalogue (服务事项), as the region's data lists it: an item and, where the item
 * has them, a subtype (a hukou transfer for joining a spouse). The competent side says which
 * province decides; the time limit counts working days from the competent node's receipt.
 *
 * @param partner whether a partner agency (the medical-insurance joint station) handles it, not the police
 */
public record ServiceItem(
    String item,
    @Nullable String subtype,
    String nameZh,
    String nameEn,
    CompetentSide side,
    boolean partner,
    List<RequiredMaterial> materials,
    String consentZh,
    String consentEn,
    int timeLimitWorkingDays,
    ServiceOutput output) {

  public ServiceItem {
    if (!item.matches("[a-z][a-z0-9-]{1,40}") || subtype != null && !subtype.matches("[a-z][a-z0-9-]{1,40}")) {
      throw new IllegalArgumentException("item and subtype are lower-case slugs: '" + item + "', '" + subtype + "'");
    }
    if (timeLimitWorkingDays < 1 || timeLimitWorkingDays > 60) {
      throw new IllegalArgumentException(item + ": the time limit is 1 to 60 working days");
    }
    if (nameZh.isBlank() || nameEn.isBlank() || consentZh.isBlank() || consentEn.isBlank()) {
      throw new IllegalArgumentException(item + ": names and consent texts in Chinese and English are needed");
    }
    materials = List.copyOf(materials);
  }

  /** {@code item} or {@code item/subtype}. */
  public String code() {
    return subtype == null ? item : item + "/" + subtype;
  }

  public boolean transfer() {
    return side == CompetentSide.BOTH_LEGS;
  }

  /**
   * Whether intake asks the other nodes if the person is registered there too (M11): transfers,
   * newborn registrations and first ID cards, where a second registration would begin.
   */
  public boolean asksRegisteredElsewhere() {
    return transfer() || item.equals("newborn-registration") || item.equals("id-card") && "first".equals(subtype);
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  public String consent(Locale locale) {
    return "en".equals(locale.getLanguage()) ? consentEn : consentZh;
  }
}
