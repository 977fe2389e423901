package cn.deltalink.identity.internal;

import cn.deltalink.identity.AddressCodes;
import cn.deltalink.identity.BankCardNumber;
import cn.deltalink.identity.MobileNumber;
import cn.deltalink.identity.PersonName;
import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.identity.UnifiedSocialCreditCode;
import cn.deltalink.identity.VehiclePlate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a check reports beyond "valid", per identifier, under the field names of the API. Codes
 * (gender, kind, network) are lower-case words that the page translates.
 */
public final class DerivedFields {

  private final AddressCodes addressCodes;
  private final LocalDate today;

  public DerivedFields(AddressCodes addressCodes, LocalDate today) {
    this.addressCodes = addressCodes;
    this.today = today;
  }

  public Map<String, Object> of(ResidentIdNumber id) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("normalised", id.value());
    f.put("addressCode", id.addressCode());
    id.region(addressCodes).ifPresent(r -> f.put("region", r));
    addressCodes.lastRevision(id.addressCode()).ifPresent(r -> f.put("addressCodeLastRevision", r));
    f.put("birthDate", id.birthDate().toString());
    f.put("gender", id.gender().name().toLowerCase(Locale.ROOT));
    f.put("age", id.ageOn(today));
    f.put("masked", id.masked());
    return f;
  }

  public Map<String, Object> of(UnifiedSocialCreditCode code) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("normalised", code.value());
    f.put("registrationAuthority", code.registrationAuthority().slug());
    f.put("registrationAuthorityName", code.registrationAuthority().nameZh());
    code.institutionCategory().ifPresent(c -> f.put("institutionCategory", c));
    f.put("divisionCode", code.divisionCode());
    addressCodes.fullName(code.divisionCode()).ifPresent(r -> f.put("region", r));
    f.put("organisationCode", code.organisationCode());
    f.put("masked", code.masked());
    return f;
  }

  public Map<String, Object> of(VehiclePlate plate) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("normalised", plate.value());
    f.put("province", plate.province());
    f.put("provinceAbbreviation", plate.provinceAbbreviation());
    f.put("authority", String.valueOf(plate.authority()));
    f.put("kind", plate.kind().slug());
    f.put("masked", plate.masked());
    f.put("ocrVariants", List.copyOf(plate.ocrVariants()));
    return f;
  }

  public Map<String, Object> of(MobileNumber mobile) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("normalised", mobile.value());
    f.put("masked", mobile.masked());
    return f;
  }

  public Map<String, Object> of(BankCardNumber card) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("normalised", card.value());
    card.network().ifPresent(n -> f.put("network", n.slug()));
    f.put("masked", card.masked());
    return f;
  }

  public Map<String, Object> of(PersonName name) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("normalised", name.value());
    f.put("script", name.script().name().toLowerCase(Locale.ROOT));
    name.surname().ifPresent(s -> f.put("surname", s));
    f.put("pinyin", name.pinyin());
    f.put("initials", name.initials());
    f.put("homophoneKey", name.homophoneKey());
    f.put("pinyinKeys", name.pinyinKeys());
    f.put("masked", name.masked());
    return f;
  }
}
