package cn.deltalink.certificate.internal.issuing;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import cn.deltalink.certificate.CertificateRequest;
import cn.deltalink.certificate.Certificates;
import cn.deltalink.certificate.IssuedCertificate;
import cn.deltalink.certificate.internal.pdf.CertificateCodes;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.platform.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The issuing node's certificate API: issue (reviewing officers), fetch the PDF, revoke, list. */
@RestController
@Tag(name = "certificates", description = "E-certificates issued by this node: signed PDFs with a QR code, revocable, verifiable at any node")
@RequestMapping("/api/v1/certificates")
class CertificateApi {

  private static final Set<Role> ISSUE = EnumSet.of(Role.REVIEWING_OFFICER, Role.ADMINISTRATOR);
  private static final Set<Role> READ = EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWING_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);

  private final Certificates certificates;
  private final CertificateIndex index;
  private final Exchange exchange;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  CertificateApi(Certificates certificates, CertificateIndex index, Exchange exchange, CurrentOfficer current, AuditTrail audit) {
    this.certificates = certificates;
    this.index = index;
    this.exchange = exchange;
    this.current = current;
    this.audit = audit;
  }

  record Issued(String code, String issuer, String issuedAt) {}

  record Revocation(@Nullable String reason) {}

  @Operation(
      summary = "Issue a certificate (reviewing officer, administrator)",
      description = "{kind, titleZh, titleEn, holderName, holderResidentId, lines [{labelZh, labelEn, value}], reference} -> 201 with the code; the PDF at /api/v1/certificates/{code}.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Issued> issue(@RequestBody CertificateRequest request) {
    require(ISSUE, "Issuing certificates");
    IssuedCertificate issued = certificates.issue(request);
    return ResponseEntity.created(URI.create("/api/v1/certificates/" + issued.code())).body(new Issued(issued.code(), issued.issuerNode(), issued.issuedAt().toString()));
  }

  @Operation(summary = "The PDF of a certificate issued here (audited)")
  @GetMapping(path = "/{code}", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable String code) {
    require(READ, "Printing certificates");
    String c = CertificateCodes.canonical(code);
    IssuedCertificate issued = certificates.find(c).orElseThrow(() -> RequestRefused.notFound("No certificate " + c + " was issued here"));
    audit.record("certificate.print", c, "出具电子证明", AuditOutcome.ok());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + c + ".pdf\"")
        .body(issued.pdf());
  }

  @Operation(summary = "Revoke a certificate issued here, at every node", description = "{\"reason\": \"...\"}")
  @PostMapping(path = "/{code}/revocation", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, String> revoke(@PathVariable String code, @RequestBody Revocation request) {
    require(EnumSet.of(Role.REVIEWING_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR), "Revoking certificates");
    certificates.revoke(code, request.reason() == null ? "" : request.reason());
    return Map.of("code", CertificateCodes.canonical(code), "status", IndexEntry.REVOKED);
  }

  @Operation(summary = "The latest certificates issued here (holders masked)")
  @GetMapping
  List<Map<String, Object>> list() {
    require(READ, "Listing certificates");
    return index.latest(exchange.localNode().value(), 100).stream()
        .map(e -> Map.<String, Object>of("code", e.code(), "kind", e.kind(), "titleZh", e.titleZh(), "holder", e.holderMasked(), "issuedAt", e.issuedAt().toString(), "status", e.status()))
        .toList();
  }

  private void require(Set<Role> roles, String what) {
    CurrentOfficer.Officer officer = current.get().orElseThrow(() -> RequestRefused.forbidden("Sign in first"));
    if (officer.roles().stream().noneMatch(roles::contains)) {
      throw RequestRefused.forbidden(what + " is not part of your role");
    }
  }
}
