package cn.deltalink.identifiercheck.internal;

import cn.deltalink.identity.IdentifierType;
import cn.deltalink.platform.RequestRefused;
import org.jspecify.annotations.Nullable;

/**
 * One request to check an identifier, from the API or the page, before it is known to be well formed.
 * The limits keep the audit trail and the pages readable; they are not rules of any identifier.
 */
record CheckRequest(@Nullable String type, @Nullable String value, @Nullable String purpose) {

  static final int MAX_VALUE = 64;
  static final int MAX_PURPOSE = 200;

  /** The problems with the request, as message keys of the page; empty when it can be checked. */
  Problems problems() {
    return new Problems(
        type == null || type.isBlank() ? "identity.error.type.missing" : IdentifierType.ofCode(type.strip()).isEmpty() ? "identity.error.type.unknown" : null,
        value == null || value.isBlank() ? "identity.error.value.missing" : value.length() > MAX_VALUE ? "identity.error.value.long" : null,
        purpose != null && purpose.length() > MAX_PURPOSE ? "identity.error.purpose.long" : null);
  }

  /** Message keys per form field, null where the field is fine. */
  record Problems(@Nullable String type, @Nullable String value, @Nullable String purpose) {
    boolean any() {
      return type != null || value != null || purpose != null;
    }
  }

  IdentifierType identifierType() {
    return IdentifierType.ofCode(java.util.Objects.requireNonNull(type).strip()).orElseThrow();
  }

  String purposeOrEmpty() {
    return purpose == null ? "" : purpose.strip();
  }

  /** Refuses an API request that cannot be checked, with a message in English the caller can act on. */
  void requireCheckable() {
    if (type == null || type.isBlank()) {
      throw RequestRefused.invalid("'type' is required: one of " + IdentifierType.codes() + ".");
    }
    if (IdentifierType.ofCode(type.strip()).isEmpty()) {
      throw RequestRefused.invalid("Unknown type '" + shortened(type) + "': use one of " + IdentifierType.codes() + ".");
    }
    if (value == null || value.isBlank()) {
      throw RequestRefused.invalid("'value' is required and must not be empty.");
    }
    if (value.length() > MAX_VALUE) {
      throw RequestRefused.invalid("'value' is longer than " + MAX_VALUE + " characters; no identifier is that long.");
    }
    if (purpose != null && purpose.length() > MAX_PURPOSE) {
      throw RequestRefused.invalid("'purpose' is longer than " + MAX_PURPOSE + " characters.");
    }
  }

  private static String shortened(String text) {
    return text.length() <= 32 ? text : text.substring(0, 32) + "…";
  }
}
