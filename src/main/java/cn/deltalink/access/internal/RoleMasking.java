package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import org.springframework.stereotype.Component;

/** Masks by the current officer's roles: full view needs a role that needs the field and a stated purpose. */
@Component("masking")
class RoleMasking implements Masking {

  private final CurrentOfficer current;

  RoleMasking(CurrentOfficer current) {
    this.current = current;
  }

  @Override
  public String show(PersonalField field, String value, String purpose) {
    return !purpose.isBlank() && mayUnmask(field) ? value : field.mask(value);
  }

  @Override
  public boolean mayUnmask(PersonalField field) {
    return current.get().map(Officer::roles).map(field::visibleInFullTo).orElse(false);
  }
}
