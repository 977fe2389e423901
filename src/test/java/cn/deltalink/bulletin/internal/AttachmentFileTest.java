package cn.deltalink.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.platform.RequestRefused;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AttachmentFileTest {

  @Test
  void theDigestIsSm3() {
    // the example of GB/T 32905-2016 (SM3), appendix A.1
    assertThat(AttachmentFile.digest("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  }

  @Test
  void anUploadKeepsOnlyTheFileNameOfAPath() {
    assertThat(AttachmentFile.upload("C:\\Users\\li\\照片.jpg", "image/jpeg", new byte[] {1, 2}).name()).isEqualTo("照片.jpg");
  }

  @Test
  void aFileOfMoreThan5MiBIsRefused() {
    assertThat(AttachmentFile.upload("ok.bin", null, new byte[5 * 1024 * 1024]).size()).isEqualTo(5 * 1024 * 1024);
    assertThatThrownBy(() -> AttachmentFile.upload("big.bin", null, new byte[5 * 1024 * 1024 + 1])).isInstanceOf(RequestRefused.class).hasMessageContaining("at most 5 MiB");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> AttachmentFile.upload("empty.txt", "text/plain", new byte[0])).hasMessageContaining("is empty");
  }

  @Test
  void invalidBase64IsRefused() {
    assertThatThrownBy(() -> AttachmentFile.fromBase64("a.txt", "text/plain", "!!not base64!!")).hasMessageContaining("not valid base64");
  }

  @Test
  void base64IsDecoded() {
    AttachmentFile file = AttachmentFile.fromBase64("a.txt", "text/plain", Base64.getEncoder().encodeToString("线索".getBytes(StandardCharsets.UTF_8)));
    assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("线索");
  }

  @Test
  void aContentTypeThatIsNoMediaTypeIsRefused() {
    assertThatThrownBy(() -> AttachmentFile.upload("a.txt", "not a type", new byte[] {1})).hasMessageContaining("not a media type");
  }

  @Test
  void aCopyWhoseDigestDoesNotMatchIsRefused() {
    assertThatThrownBy(() -> new AttachmentFile("a.txt", "text/plain", new byte[] {1}, AttachmentFile.digest(new byte[] {2}))).isInstanceOf(IllegalArgumentException.class);
  }
}
