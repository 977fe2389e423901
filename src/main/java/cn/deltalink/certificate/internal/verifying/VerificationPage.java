package cn.deltalink.certificate.internal.verifying;

import cn.deltalink.certificate.Certificates;
import cn.deltalink.exchange.Exchange;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The public check page (no login): enter a code (the QR code opens it with the code filled in) or upload the PDF. */
@Controller
class VerificationPage {

  private final Certificates certificates;
  private final Exchange exchange;

  VerificationPage(Certificates certificates, Exchange exchange) {
    this.certificates = certificates;
    this.exchange = exchange;
  }

  @GetMapping("/public/certificates/verification")
  String page(@RequestParam(required = false) @Nullable String code, Model model) {
    if (code != null && !code.isBlank()) {
      model.addAttribute("code", code.length() > 64 ? code.substring(0, 64) : code);
      model.addAttribute("result", VerificationJson.of(certificates.verifyCode(code.length() > 64 ? code.substring(0, 64) : code), exchange.localNode().value()));
    }
    return "certificate/verification";
  }

  @PostMapping("/public/certificates/verification")
  String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
    if (file.isEmpty() || file.getSize() > CertificateChecks.MAX_FILE_BYTES) {
      model.addAttribute("fileProblem", true);
    } else {
      model.addAttribute("result", VerificationJson.of(certificates.verifyPdf(file.getBytes()), exchange.localNode().value()));
    }
    return "certificate/verification";
  }
}
