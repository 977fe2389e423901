package cn.deltalink.publicservices.internal.catalogue;

import java.util.Locale;

/**
 * A material an item requires (a scan of an ID card, a marriage certificate): a key and its names. An
 * upload satisfies it when the upload's name, without its extension, is the key or one of the names,
 * or contains it (clerks name scans freely: {@code id-card-front.jpg}).
 */
public record RequiredMaterial(String key, String nameZh, String nameEn) {

  public RequiredMaterial {
    if (!key.matches("[a-z][a-z0-9-]{1,40}")) {
      throw new IllegalArgumentException("material key '" + key + "' is lower-case letters, digits and hyphens");
    }
    if (nameZh.isBlank() || nameEn.isBlank()) {
      throw new IllegalArgumentException("material " + key + " needs a Chinese and an English name");
    }
  }

  /** From {@code key:中文/English}. */
  static RequiredMaterial parse(String text) {
    int colon = text.indexOf(':');
    int slash = text.indexOf('/', colon + 1);
    if (colon < 1 || slash < 0) {
      throw new IllegalArgumentException("material '" + text + "' is key:中文/English");
    }
    return new RequiredMaterial(text.substring(0, colon).strip(), text.substring(colon + 1, slash).strip(), text.substring(slash + 1).strip());
  }

  public boolean satisfiedBy(String uploadName) {
    String name = uploadName.strip();
    int dot = name.lastIndexOf('.');
    String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    return stem.contains(key) || name.contains(nameZh) || stem.contains(nameEn.toLowerCase(Locale.ROOT));
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }
}
