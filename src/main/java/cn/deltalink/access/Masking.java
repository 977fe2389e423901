package cn.deltalink.access;

/**
 * Personal data as the current officer may see it on screen. A value is shown in full only when the
 * officer's role needs that field ({@link PersonalField#fullView()}) and they have stated a purpose;
 * otherwise it is masked. Recording the read (with the purpose) in the {@link AuditTrail} stays the
 * caller's job, because only the caller knows which record was read. In templates the bean is
 * {@code @masking}.
 */
public interface Masking {

  /** The value in full or masked, for the current officer and the purpose they stated (blank: none). */
  String show(PersonalField field, String value, String purpose);

  /** The value masked, whoever looks. */
  default String masked(PersonalField field, String value) {
    return field.mask(value);
  }

  /** Whether the current officer could see this field in full by stating a purpose (to offer the choice on screen). */
  boolean mayUnmask(PersonalField field);
}
