package cn.deltalink.certificate.internal.verifying;

import cn.deltalink.certificate.Certificates;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.platform.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Anyone, without logging in, at any node: is this certificate genuine? */
@RestController
@Tag(name = "certificates-public", description = "Public check of e-certificates, without login, at any node")
@RequestMapping("/api/public/v1/certificates/verification")
class PublicVerificationApi {

  private final Certificates certificates;
  private final Exchange exchange;

  PublicVerificationApi(Certificates certificates, Exchange exchange) {
    this.certificates = certificates;
    this.exchange = exchange;
  }

  @Operation(summary = "Check a certificate by its code", description = "{\"code\": \"JS-7K3M-9QX2-HT4P\"} -> result valid|revoked|tampered|unknown with the issuer.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  VerificationJson byCode(@RequestBody VerificationJson.CodeRequest request) {
    if (request.code() == null || request.code().isBlank()) {
      throw RequestRefused.invalid("code is required, e.g. JS-7K3M-9QX2-HT4P; or send the PDF itself as application/pdf");
    }
    if (request.code().length() > 64) {
      throw RequestRefused.invalid("code is at most 64 characters");
    }
    return VerificationJson.of(certificates.verifyCode(request.code()), exchange.localNode().value());
  }

  @Operation(summary = "Check a certificate file", description = "The PDF as the body (application/pdf or application/octet-stream, at most 5 MB) -> result valid|revoked|tampered|unknown with the issuer.")
  @PostMapping(consumes = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  VerificationJson byFile(@RequestBody byte[] pdf) {
    if (pdf.length == 0) {
      throw RequestRefused.invalid("The body is empty: send the certificate's PDF");
    }
    if (pdf.length > CertificateChecks.MAX_FILE_BYTES) {
      throw RequestRefused.invalid("The file is larger than any e-certificate (5 MB at most)");
    }
    return VerificationJson.of(certificates.verifyPdf(pdf), exchange.localNode().value());
  }
}
