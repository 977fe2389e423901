package cn.deltalink.certificate;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a certificate check, as anyone may see it: the result, and for a known code the
 * issuing node, the kind, when it was issued and (when revoked) why. The holder is shown masked.
 */
public record Verification(
    Result result,
    @Nullable String code,
    @Nullable String issuerNode,
    @Nullable String kind,
    @Nullable String titleZh,
    @Nullable String titleEn,
    @Nullable String holderMasked,
    @Nullable Instant issuedAt,
    @Nullable String revocationReason,
    String detail) {

  public enum Result {
    /** Known, signed by its issuer, the file unchanged, not revoked. */
    VALID,
    /** Known and signed, but revoked by its issuer. */
    REVOKED,
    /** The file differs from what its issuer signed (changed or cut off), or the index entry's signature fails. */
    TAMPERED,
    /** No certificate of the region has this code (or the file carries none). */
    UNKNOWN;

    public String slug() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static Verification unknown(@Nullable String code, String detail) {
    return new Verification(Result.UNKNOWN, code, null, null, null, null, null, null, null, detail);
  }
}
