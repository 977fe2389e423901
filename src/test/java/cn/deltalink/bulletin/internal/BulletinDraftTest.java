package cn.deltalink.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.platform.RequestRefused;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulletinDraftTest {

  private static BulletinDraft draft(String title, String body, String code, String urgency, String purpose) {
    return BulletinDraft.of(title, body, code, urgency, List.of("SH"), purpose, List.of());
  }

  @Test
  void aCompleteDraftKeepsItsFieldsTrimmed() {
    BulletinDraft draft = draft("  协查一辆被盗车辆 ", "苏A12345，白色", "h2", "URGENT", null);
    assertThat(draft.title()).isEqualTo("协查一辆被盗车辆");
    assertThat(draft.handlingCode()).isEqualTo(HandlingCode.H2);
    assertThat(draft.urgency()).isEqualTo(Urgency.URGENT);
    assertThat(draft.purpose()).isEqualTo("协查");
  }

  @Test
  void markupAndSqlAreKeptAsText() {
    BulletinDraft draft = draft("<script>alert(1)</script>", "'; drop table bulletin; --", "H0", "routine", "");
    assertThat(draft.title()).isEqualTo("<script>alert(1)</script>");
    assertThat(draft.body()).isEqualTo("'; drop table bulletin; --");
  }

  @Test
  void anEmptyTitleIsRefused() {
    assertThatThrownBy(() -> draft("   ", "text", "H0", "routine", null)).isInstanceOf(RequestRefused.class).hasMessageContaining("title is required");
  }

  @Test
  void aTitleOfMoreThan200CharactersIsRefused() {
    assertThat(draft("题".repeat(200), "text", "H0", "routine", null).title()).hasSize(200);
    assertThatThrownBy(() -> draft("题".repeat(201), "text", "H0", "routine", null)).hasMessageContaining("title has 201 characters");
  }

  @Test
  void aBodyOfMoreThan20000CharactersIsRefused() {
    assertThatThrownBy(() -> draft("t", "x".repeat(20_001), "H0", "routine", null)).hasMessageContaining("body has 20001 characters");
  }

  @Test
  void aNulCharacterIsRefused() {
    assertThatThrownBy(() -> draft("t", "a\0b", "H0", "routine", null)).hasMessageContaining("NUL");
  }

  @Test
  void anUnknownHandlingCodeIsRefused() {
    assertThatThrownBy(() -> draft("t", "b", "H9", "routine", null)).hasMessageContaining("handlingCode must be H0, H1, H2 or H3");
    assertThatThrownBy(() -> draft("t", "b", null, "routine", null)).hasMessageContaining("handlingCode is required");
  }

  @Test
  void anUnknownUrgencyIsRefused() {
    assertThatThrownBy(() -> draft("t", "b", "H0", "soon", null)).hasMessageContaining("urgency must be urgent or routine");
  }

  @Test
  void moreThanFiveAttachmentsAreRefused() {
    AttachmentFile file = AttachmentFile.upload("a.txt", "text/plain", new byte[] {1});
    assertThatThrownBy(() -> BulletinDraft.of("t", "b", "H0", "routine", List.of("SH"), null, Collections.nCopies(6, file)))
        .hasMessageContaining("at most 5 attachments");
  }
}
