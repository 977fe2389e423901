package cn.deltalink.casework.internal.cases;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entity as an officer types it: {@code type} and either {@code value} or the typed fields of the
 * type (a person's {@code residentId}, {@code name}, {@code sex}, {@code birthDate}, {@code phones};
 * a card's {@code bank}; a payment account's {@code provider}; a company's {@code creditCode} and
 * {@code name}; an address's {@code divisionCode}). {@code linkTo} and {@code relation} link it to an
 * entity of the case already recorded.
 */
public record EntityRequest(
    @Nullable String type,
    @Nullable String value,
    @Nullable String residentId,
    @Nullable String name,
    @Nullable String sex,
    @Nullable String birthDate,
    @Nullable List<String> phones,
    @Nullable String bank,
    @Nullable String provider,
    @Nullable String creditCode,
    @Nullable String divisionCode,
    @Nullable String linkTo,
    @Nullable String relation) {

  public static EntityRequest of(String type, String value) {
    return new EntityRequest(type, value, null, null, null, null, null, null, null, null, null, null, null);
  }
}
