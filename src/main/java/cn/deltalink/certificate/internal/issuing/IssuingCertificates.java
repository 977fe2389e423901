package cn.deltalink.certificate.internal.issuing;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.NodeKey;
import cn.deltalink.certificate.CertificateRequest;
import cn.deltalink.certificate.Certificates;
import cn.deltalink.certificate.IssuedCertificate;
import cn.deltalink.certificate.Verification;
import cn.deltalink.certificate.internal.pdf.CertificateCodes;
import cn.deltalink.certificate.internal.pdf.CertificatePdf;
import cn.deltalink.certificate.internal.verifying.CertificateChecks;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.identity.Masks;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.SharedRegister;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues this node's certificates: renders the PDF, signs its SM3 digest with the node's SM2 key in
 * an index entry, keeps the PDF, and publishes the entry to every node through the shared register —
 * all in one transaction, so a certificate is known everywhere exactly when it exists here.
 */
@Service
class IssuingCertificates implements Certificates {

  private final CertificatePdf renderer = new CertificatePdf();
  private final IssuedRows issued;
  private final CertificateIndex index;
  private final IndexJson json;
  private final SharedRegister register;
  private final NodeKey key;
  private final Exchange exchange;
  private final Agencies agencies;
  private final NodeSettings node;
  private final CurrentOfficer officer;
  private final AuditTrail audit;
  private final CertificateChecks checks;
  private final Clock clock;
  private final String verificationBase;

  IssuingCertificates(
      IssuedRows issued,
      CertificateIndex index,
      IndexJson json,
      SharedRegister register,
      NodeKey key,
      Exchange exchange,
      Agencies agencies,
      NodeSettings node,
      CurrentOfficer officer,
      AuditTrail audit,
      CertificateChecks checks,
      ObjectProvider<Clock> clocks,
      @Value("${deltalink.certificate.verification-base-url:}") String verificationBase) {
    this.issued = issued;
    this.index = index;
    this.json = json;
    this.register = register;
    this.key = key;
    this.exchange = exchange;
    this.agencies = agencies;
    this.node = node;
    this.officer = officer;
    this.audit = audit;
    this.checks = checks;
    this.clock = clocks.getIfAvailable(Clock::systemUTC);
    this.verificationBase = verificationBase;
  }

  @Override
  @Transactional
  public IssuedCertificate issue(CertificateRequest request) {
    String self = exchange.localNode().value();
    String code = CertificateCodes.next(self);
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Agency department = agencies.provincialDepartment(node.province());
    byte[] pdf = renderer.render(request, new CertificatePdf.Issue(code, self, department.nameZh(), department.nameEn(), at, verificationUrl(code)));
    IndexEntry unsigned =
        new IndexEntry(code, self, request.kind(), request.titleZh(), request.titleEn(), Masks.name(request.holderName()) + " " + Masks.residentId(request.holderResidentId()), at, sm3(pdf), IndexEntry.VALID, null, null, 1, "");
    IndexEntry entry = unsigned.signed(key.sign(unsigned.signedText()));
    issued.insert(code, request.kind(), request.reference(), issuer(), at, pdf);
    index.store(entry);
    publish(entry);
    audit.record("certificate.issue", code + " " + request.kind(), request.reference(), AuditOutcome.ok());
    return new IssuedCertificate(code, pdf, at, self);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<IssuedCertificate> find(String code) {
    return issued.find(CertificateCodes.canonical(code), exchange.localNode().value());
  }

  @Override
  @Transactional
  public void revoke(String code, String reason) {
    String c = CertificateCodes.canonical(code);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 200) {
      throw RequestRefused.invalid("A revocation needs a reason of 1-200 characters");
    }
    IndexEntry held = index.find(c).filter(e -> e.issuerNode().equals(exchange.localNode().value())).orElseThrow(() -> RequestRefused.notFound("No certificate " + c + " was issued here"));
    if (held.status().equals(IndexEntry.REVOKED)) {
      throw RequestRefused.conflict("Certificate " + c + " is revoked already");
    }
    IndexEntry unsigned = held.revoked(clock.instant().truncatedTo(ChronoUnit.MILLIS), why);
    IndexEntry entry = unsigned.signed(key.sign(unsigned.signedText()));
    index.store(entry);
    publish(entry);
    audit.record("certificate.revoke", c, why, AuditOutcome.ok());
  }

  @Override
  @Transactional(readOnly = true)
  public Verification verifyCode(String code) {
    return checks.byCode(code);
  }

  @Override
  @Transactional(readOnly = true)
  public Verification verifyPdf(byte[] pdf) {
    return checks.byFile(pdf);
  }

  private void publish(IndexEntry entry) {
    RegisterEntry published = new RegisterEntry(CertificateReplica.REGISTER, entryId(entry.code()), entry.version(), entry.issuerNode(), json.write(entry));
    register.publish(List.of(published), Recipients.everyMember(), HandlingCode.H0, "电子证明核验索引", agencies.provincialDepartment(node.province()).code());
  }

  /** The register entry's id: derived from the code, so every node names the entry the same. */
  static UUID entryId(String code) {
    return UUID.nameUUIDFromBytes(("certificate:" + code).getBytes(StandardCharsets.UTF_8));
  }

  private String verificationUrl(String code) {
    String base = verificationBase.isBlank()
        ? exchange.members().stream().filter(m -> m.id().equals(exchange.localNode())).map(Exchange.Member::endpoint).findFirst().orElse("")
        : verificationBase;
    return base.replaceAll("/+$", "") + "/public/certificates/verification?code=" + code;
  }

  private String issuer() {
    return officer.get().map(CurrentOfficer.Officer::username).orElse("node");
  }

  public static String sm3(byte[] bytes) {
    SM3Digest digest = new SM3Digest();
    digest.update(bytes, 0, bytes.length);
    byte[] out = new byte[digest.getDigestSize()];
    digest.doFinal(out, 0);
    return HexFormat.of().formatHex(out);
  }
}
