package cn.deltalink.certificate.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.certificate.CertificateRequest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  private static final CertificateRequest REQUEST =
      new CertificateRequest(
          "household-certificate",
          "户籍证明",
          "Household Registration Certificate",
          "王秀英",
          "310101198001011234",
          List.of(new CertificateRequest.Line("户籍地址", "Household address", "上海市黄浦区南京东路街道"), new CertificateRequest.Line("户号", "Household number", "310101000123")),
          "YRD-2026-000001");

  @Test
  void theCertificateEmbedsTheChineseFontAndCarriesItsCodeAndText() throws Exception {
    String code = CertificateCodes.next("SH");
    byte[] pdf = new CertificatePdf().render(REQUEST, new CertificatePdf.Issue(code, "SH", "上海市公安局", "Shanghai Municipal Public Security Bureau", Instant.parse("2026-11-30T02:00:00Z"), "http://localhost:8131/public/certificates/verification?code=" + code));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/certificate-sample.pdf"), pdf);
    PdfReader reader = new PdfReader(pdf);
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    assertThat(text).contains("户籍证明", "王秀英", "上海市黄浦区南京东路街道", code);
    String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(raw).contains("/FontFile2").contains("NotoSansSC").contains("DLCODE:" + code);
    assertThat(pdf.length).isLessThan(200_000);
  }
}
