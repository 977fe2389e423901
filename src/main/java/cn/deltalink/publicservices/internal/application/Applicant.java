package cn.deltalink.publicservices.internal.application;

import cn.deltalink.identity.MobileNumber;
import cn.deltalink.identity.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/** The resident who applies, as the window checked them: a valid resident ID, a name, a mobile number. */
public record Applicant(String residentId, String name, @Nullable String phone) {

  public Applicant {
    residentId = new ResidentIdNumber(residentId).value();
    if (name == null || name.isBlank() || name.strip().length() > 50) {
      throw new IllegalArgumentException("the applicant's name is 1 to 50 characters");
    }
    name = name.strip();
    phone = phone == null || phone.isBlank() ? null : new MobileNumber(phone).value();
  }

  /** The province (GB/T 2260 two digits) of the ID number's address code: where the ID was first issued. */
  public String provinceOfIdNumber() {
    return residentId.substring(0, 2);
  }

  /** What the public status page asks for with the tracking number. */
  public boolean lastFourAre(String text) {
    return text != null && residentId.endsWith(text.strip().toUpperCase(java.util.Locale.ROOT)) && text.strip().length() == 4;
  }
}
