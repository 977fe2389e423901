package cn.deltalink.certificate.internal.pdf;

import cn.deltalink.certificate.CertificateRequest;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Renders a certificate as a one-page A4 PDF: the title in Chinese and English, the holder, the
 * labelled lines, the issuer and time, the code, and a QR code that opens the public verification
 * page. Chinese text is set in Noto Sans SC (OFL-1.1, shipped beside the font in {@code fonts/}),
 * embedded as a subset so the file shows the same on any machine. The QR code is drawn as vector
 * squares, which is faster than encoding an image and prints sharp. The code is also written as
 * plain text {@code DLCODE:<code>} near the start of the file (an uncompressed page stream), so that
 * a check can still name a cut-off file's certificate.
 */
public final class CertificatePdf {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Color INK = new Color(0x1f, 0x2d, 0x3d);
  private static final Color SEAL = new Color(0xb0, 0x1e, 0x23);

  private final BaseFont chinese;
  private final BaseFont latin;

  public CertificatePdf() {
    try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream("fonts/NotoSansSC_400Regular.ttf")) {
      if (in == null) {
        throw new IllegalStateException("fonts/NotoSansSC_400Regular.ttf is missing: the build unpacks it from the npm package @expo-google-fonts/noto-sans-sc");
      }
      this.chinese = BaseFont.createFont("NotoSansSC_400Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
      this.latin = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not load the certificate font", e);
    }
  }

  /** What the page shows besides the request: code, issuing agency's names, time, verification link. */
  public record Issue(String code, String issuerNode, String agencyZh, String agencyEn, Instant issuedAt, String verificationUrl) {}

  public byte[] render(CertificateRequest request, Issue issue) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Document document = new Document(PageSize.A4);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCompressionLevel(0);
    document.addTitle(request.titleZh() + " " + request.titleEn());
    document.addCreator("DeltaLink " + issue.issuerNode());
    document.addCreationDate();
    document.open();
    PdfContentByte canvas = writer.getDirectContent();
    Rectangle page = document.getPageSize();
    float width = page.getWidth();
    float top = page.getHeight();

    canvas.setColorStroke(INK);
    canvas.setLineWidth(1.5f);
    canvas.rectangle(36, 36, width - 72, top - 72);
    canvas.stroke();
    canvas.setLineWidth(0.5f);
    canvas.rectangle(42, 42, width - 84, top - 84);
    canvas.stroke();

    centred(canvas, chinese, request.titleZh(), 26, width / 2, top - 110);
    centred(canvas, latin, ascii(request.titleEn()), 13, width / 2, top - 135);
    text(canvas, latin, "DLCODE:" + issue.code(), 7, 56, top - 58);

    float y = top - 190;
    y = line(canvas, "持证人", "Holder", request.holderName(), 70, y);
    y = line(canvas, "公民身份号码", "Resident ID", request.holderResidentId(), 70, y);
    for (CertificateRequest.Line l : request.lines()) {
      y = line(canvas, l.labelZh(), l.labelEn(), l.value(), 70, y);
    }

    float footer = 220;
    canvas.setColorStroke(SEAL);
    canvas.setLineWidth(2f);
    canvas.circle(width - 190, footer + 10, 48);
    canvas.stroke();
    centred(canvas, chinese, issue.agencyZh().length() > 12 ? issue.agencyZh().substring(0, 12) : issue.agencyZh(), 8, width - 190, footer + 12, SEAL);
    centred(canvas, latin, "SM2 " + issue.issuerNode(), 8, width - 190, footer, SEAL);

    text(canvas, chinese, "出具单位：" + issue.agencyZh(), 11, 70, footer + 40);
    text(canvas, latin, "Issued by: " + ascii(issue.agencyEn()), 9, 70, footer + 26);
    text(canvas, chinese, "出具时间：" + WHEN.format(issue.issuedAt().atZone(CHINA)) + "（北京时间）", 11, 70, footer + 6);
    text(canvas, chinese, "证明编号 Code：" + issue.code(), 11, 70, footer - 14);
    text(canvas, chinese, "本证明经出具节点 SM2 签名。扫描二维码或在任一节点输入编号核验。", 9, 70, 110);
    text(canvas, latin, "Signed with the issuing node's SM2 key. Verify at any node: scan the QR code or enter the code.", 8, 70, 96);
    text(canvas, latin, ascii(issue.verificationUrl()), 7, 70, 82);

    qr(canvas, issue.verificationUrl(), 70, footer - 120, 90);
    document.close();
    return out.toByteArray();
  }

  private float line(PdfContentByte canvas, String labelZh, String labelEn, String value, float x, float y) {
    text(canvas, chinese, labelZh, 12, x, y);
    text(canvas, latin, ascii(labelEn), 8, x, y - 12);
    text(canvas, chinese, value, 12, x + 150, y);
    canvas.setColorStroke(new Color(0xcc, 0xcc, 0xcc));
    canvas.setLineWidth(0.3f);
    canvas.moveTo(x, y - 18);
    canvas.lineTo(x + 455, y - 18);
    canvas.stroke();
    return y - 34;
  }

  private static void text(PdfContentByte canvas, BaseFont font, String text, float size, float x, float y) {
    canvas.beginText();
    canvas.setColorFill(INK);
    canvas.setFontAndSize(font, size);
    canvas.setTextMatrix(x, y);
    canvas.showText(text);
    canvas.endText();
  }

  private static void centred(PdfContentByte canvas, BaseFont font, String text, float size, float x, float y) {
    centred(canvas, font, text, size, x, y, INK);
  }

  private static void centred(PdfContentByte canvas, BaseFont font, String text, float size, float x, float y, Color color) {
    canvas.beginText();
    canvas.setColorFill(color);
    canvas.setFontAndSize(font, size);
    canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, text, x, y, 0);
    canvas.endText();
  }

  /** The QR code as filled squares, {@code size} points wide with its lower left corner at (x, y). */
  private static void qr(PdfContentByte canvas, String content, float x, float y, float size) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
    } catch (WriterException e) {
      throw new IllegalArgumentException("The verification link does not fit a QR code", e);
    }
    float module = size / matrix.getWidth();
    canvas.setColorFill(Color.BLACK);
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int col = 0; col < matrix.getWidth(); col++) {
        if (matrix.get(col, row)) {
          canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
        }
      }
    }
    canvas.fill();
  }

  /** Helvetica (WinAnsi) shows Latin text only; anything else becomes '?', so a stray character never breaks a certificate. */
  private static String ascii(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(c -> b.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
    return b.toString();
  }
}
