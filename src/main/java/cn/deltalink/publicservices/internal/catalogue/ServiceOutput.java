package cn.deltalink.publicservices.internal.catalogue;

import java.util.Locale;

/** What the resident gets at the end: an e-certificate (PDF), a migration certificate, or only the status. */
public enum ServiceOutput {
  E_CERTIFICATE,
  MIGRATION_CERTIFICATE,
  STATUS_ONLY;

  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public boolean certificate() {
    return this != STATUS_ONLY;
  }

  public static ServiceOutput parse(String slug) {
    return valueOf(slug.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
