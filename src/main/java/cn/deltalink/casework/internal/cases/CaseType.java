package cn.deltalink.casework.internal.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The type of a case (案件类别), by the code the API, the evidence rules and the pages use. The
 * evidence rule sets are kept per type (the evidencerules module, its region file {@code case-types.csv}),
 * so the codes are the same; {@code CaseTypesTest} keeps the two lists equal.
 */
public enum CaseType {
  THEFT("theft", "盗窃", "Theft"),
  TELECOM_FRAUD("telecom-fraud", "电信网络诈骗", "Telecom fraud"),
  ILLEGAL_FUNDRAISING("illegal-fundraising", "非法集资", "Illegal fundraising"),
  CONTRACT_FRAUD("contract-fraud", "合同诈骗", "Contract fraud"),
  TRADE_SECRET_INFRINGEMENT("trade-secret", "侵犯商业秘密", "Trade secret infringement"),
  ENVIRONMENTAL("environmental", "污染环境", "Environmental crime"),
  LOGISTICS_FRAUD("logistics-fraud", "物流诈骗", "Logistics fraud");

  private final String code;
  private final String nameZh;
  private final String nameEn;

  CaseType(String code, String nameZh, String nameEn) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String code() {
    return code;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  public static Optional<CaseType> ofCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }

  /** The type of a code; an unknown code is an {@link IllegalArgumentException} that lists the known ones. */
  public static CaseType parse(String code) {
    return ofCode(code.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new IllegalArgumentException("type is one of " + String.join(", ", Arrays.stream(values()).map(CaseType::code).toList())));
  }
}
