package cn.deltalink.certificate.internal.verifying;

import cn.deltalink.certificate.Verification;
import cn.deltalink.certificate.internal.issuing.CertificateIndex;
import cn.deltalink.certificate.internal.issuing.IndexEntry;
import cn.deltalink.certificate.internal.pdf.CertificateCodes;
import cn.deltalink.exchange.MemberKeys;
import cn.deltalink.platform.NodeId;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.stereotype.Component;

/**
 * Checks certificates against this node's copy of the region's index: the entry must carry its
 * issuer's SM2 signature (key from the member directory), and a file's SM3 digest must be the signed
 * one. Nothing is asked of the issuer, so checks work while it is down. A file that is not exactly
 * what was signed is never valid: changed and cut-off files are {@code tampered}.
 */
@Component
public class CertificateChecks {

  /** The largest file checked; an e-certificate is far smaller. */
  public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

  private final CertificateIndex index;
  private final MemberKeys keys;

  CertificateChecks(CertificateIndex index, MemberKeys keys) {
    this.index = index;
    this.keys = keys;
  }

  public Verification byCode(String typed) {
    String code = CertificateCodes.canonical(typed);
    if (!CertificateCodes.isWellFormed(code)) {
      return Verification.unknown(null, "not a certificate code: a node id and three groups of four characters, e.g. JS-7K3M-9QX2-HT4P");
    }
    return index.find(code).map(e -> signed(e, null)).orElseGet(() -> Verification.unknown(code, "no certificate of the region has this code"));
  }

  public Verification byFile(byte[] file) {
    String code = codeIn(file).orElse(null);
    if (code == null) {
      boolean pdf = file.length >= 5 && new String(file, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
      return Verification.unknown(null, pdf ? "this PDF carries no certificate code of the region" : "not a PDF file");
    }
    Optional<IndexEntry> entry = index.find(code);
    if (entry.isEmpty()) {
      return Verification.unknown(code, "no certificate of the region has this code");
    }
    return signed(entry.get(), sm3(file));
  }

  private Verification signed(IndexEntry e, String fileSm3) {
    if (!keys.verifies(NodeId.of(e.issuerNode()), e.signedText(), e.signature())) {
      return view(e, Verification.Result.TAMPERED, "the index entry does not carry " + e.issuerNode() + "'s signature");
    }
    if (fileSm3 != null && !fileSm3.equals(e.pdfSm3())) {
      return view(e, Verification.Result.TAMPERED, "the file differs from the one " + e.issuerNode() + " signed (changed or incomplete)");
    }
    if (e.status().equals(IndexEntry.REVOKED)) {
      return view(e, Verification.Result.REVOKED, "revoked by " + e.issuerNode());
    }
    return view(e, Verification.Result.VALID, fileSm3 == null ? "issued and signed by " + e.issuerNode() : "the file is the one " + e.issuerNode() + " signed");
  }

  private static Verification view(IndexEntry e, Verification.Result result, String detail) {
    return new Verification(result, e.code(), e.issuerNode(), e.kind(), e.titleZh(), e.titleEn(), e.holderMasked(), e.issuedAt(), e.revocationReason(), detail);
  }

  /** The code the file names: its uncompressed page stream carries {@code DLCODE:<code>}. */
  static Optional<String> codeIn(byte[] file) {
    Matcher m = CertificateCodes.IN_TEXT.matcher(new String(file, StandardCharsets.ISO_8859_1));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static String sm3(byte[] bytes) {
    SM3Digest digest = new SM3Digest();
    digest.update(bytes, 0, bytes.length);
    byte[] out = new byte[digest.getDigestSize()];
    digest.doFinal(out, 0);
    return HexFormat.of().formatHex(out);
  }
}
