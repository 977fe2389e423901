package cn.deltalink.certificate.internal.verifying;

import cn.deltalink.certificate.Verification;
import org.jspecify.annotations.Nullable;

/** The public check's answer in JSON. */
public record VerificationJson(
    String result,
    @Nullable String code,
    @Nullable String issuer,
    @Nullable String kind,
    @Nullable String titleZh,
    @Nullable String titleEn,
    @Nullable String holder,
    @Nullable String issuedAt,
    @Nullable String revocationReason,
    String detail,
    String checkedAt) {

  public static VerificationJson of(Verification v, String checkedAtNode) {
    return new VerificationJson(
        v.result().slug(), v.code(), v.issuerNode(), v.kind(), v.titleZh(), v.titleEn(), v.holderMasked(), v.issuedAt() == null ? null : v.issuedAt().toString(), v.revocationReason(), v.detail(), checkedAtNode);
  }

  /** {"code": ...} */
  public record CodeRequest(@Nullable String code) {}
}
