package cn.deltalink.access;

import cn.deltalink.identity.Masks;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of personal data (个人信息) that is masked on screen (脱敏), how it is masked, and which
 * roles may see it in full once they state a purpose. Masking hides the middle and keeps what a
 * person needs to tell records apart: the region and last digits of an ID number, the carrier prefix
 * and last digits of a phone number, the bank and last digits of a card, the surname.
 */
public enum PersonalField {
  /** 居民身份证号码: first 6 and last 4 kept, {@code 320102********123X}. */
  RESIDENT_ID("resident-id", Role.INVESTIGATOR, Role.REVIEWING_OFFICER, Role.WINDOW_CLERK, Role.CHECKPOINT_OFFICER),
  /** 手机号码: first 3 and last 4 kept, {@code 138****5678}. */
  MOBILE("mobile", Role.INVESTIGATOR, Role.REVIEWING_OFFICER, Role.WINDOW_CLERK, Role.FRAUD_ANALYST),
  /** 银行卡号: first 6 (the issuer) and last 4 kept, {@code 622202******1234}, as payment cards are masked. */
  BANK_CARD("bank-card", Role.INVESTIGATOR, Role.FRAUD_ANALYST),
  /** 姓名: the first character (the surname) kept, {@code 张*}, {@code 欧***}. */
  NAME(
      "name",
      Role.WINDOW_CLERK,
      Role.REVIEWING_OFFICER,
      Role.INVESTIGATOR,
      Role.FRAUD_ANALYST,
      Role.CHECKPOINT_OFFICER,
      Role.DUTY_OFFICER,
      Role.ENTERPRISE_LIAISON,
      Role.COMMUNITY_OFFICER);

  private final String kind;
  private final Set<Role> fullView;

  PersonalField(String kind, Role... fullView) {
    this.kind = kind;
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(Arrays.asList(fullView));
    this.fullView = Collections.unmodifiableSet(roles);
  }

  /** The name used in the API: {@code resident-id}, {@code mobile}, {@code bank-card}, {@code name}. */
  public String kind() {
    return kind;
  }

  public static Optional<PersonalField> ofKind(String kind) {
    return Arrays.stream(values()).filter(f -> f.kind.equals(kind)).findFirst();
  }

  /** The roles whose work needs this field in full (with a stated purpose). */
  public Set<Role> fullView() {
    return fullView;
  }

  /** Whether an officer with these roles may see the field in full when they state a purpose. */
  public boolean visibleInFullTo(Set<Role> roles) {
    return roles.stream().anyMatch(fullView::contains);
  }

  /** The masked form of a value by {@link Masks}' rule for this field; blank stays blank, and a value too short to keep parts of is masked whole. */
  public String mask(String value) {
    return switch (this) {
      case RESIDENT_ID -> Masks.residentId(value);
      case MOBILE -> Masks.mobile(value);
      case BANK_CARD -> Masks.bankCard(value);
      case NAME -> Masks.name(value);
    };
  }
}
