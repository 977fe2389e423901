package cn.deltalink.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The count and size limits of attachments are checked before any file is decoded: each upload here
 * holds a first file that decoding would refuse, so the refusal names the limit only when the limit
 * came first.
 */
@NodeTest
class UploadLimitsTest {

  @LocalServerPort int port;

  @Test
  void anApiUploadOfTooManyFilesIsRefusedBeforeAnyFileIsDecoded() {
    ArrayNode files = Officers.JSON.createArrayNode();
    for (int i = 0; i < 6; i++) {
      files.addObject().put("name", "线索" + i + ".txt").put("base64", "!!! not base64 !!!");
    }

    HttpResponse<String> refused = Officers.at(port, "investigator").postJson("/api/v1/bulletins", bulletinWith(files));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("at most 5 attachments, not 6").doesNotContain("not valid base64");
  }

  @Test
  void anApiUploadWithAnOversizedFileIsRefusedBeforeTheFilesBeforeItAreDecoded() {
    ArrayNode files = Officers.JSON.createArrayNode();
    files.addObject().put("name", "坏的.txt").put("base64", "!!! not base64 !!!");
    files.addObject().put("name", "大的.bin").put("base64", "AAAA".repeat(1_800_000));

    HttpResponse<String> refused = Officers.at(port, "investigator").postJson("/api/v1/bulletins", bulletinWith(files));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("'大的.bin' is larger than 5 MiB").doesNotContain("not valid base64");
  }

  @Test
  void aFormUploadOfTooManyFilesIsRefusedBeforeAnyFileIsRead() {
    Multipart form = new Multipart().field("title", "太多附件").field("body", "正文").field("handlingCode", "H1").field("urgency", "routine").field("targets", "SH").field("purpose", "协查");
    form.file("files", "空的.txt", "text/plain", new byte[0]);
    for (int i = 0; i < 6; i++) {
      form.file("files", "线索" + i + ".txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> refused = Officers.at(port, "investigator").postForm("/bulletins/new?lang=en", "/bulletins?lang=en", form);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("at most 5 attachments, not 7").doesNotContain("is empty");
  }

  private static String bulletinWith(ArrayNode files) {
    ObjectNode bulletin = Officers.JSON.createObjectNode().put("title", "附件上限").put("body", "正文").put("handlingCode", "H1").put("urgency", "routine").put("purpose", "协查");
    bulletin.putArray("targets").add("SH");
    bulletin.set("attachments", files);
    return bulletin.toString();
  }
}
