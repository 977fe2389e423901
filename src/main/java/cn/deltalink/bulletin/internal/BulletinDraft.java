package cn.deltalink.bulletin.internal;

import static cn.deltalink.bulletin.internal.Refused.BULLETIN;

import cn.deltalink.exchange.HandlingCode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A bulletin as its author wrote it, checked before anything is stored or sent. */
record BulletinDraft(String title, String body, HandlingCode handlingCode, Urgency urgency, Targets targets, String purpose, List<AttachmentFile> attachments) {

  static final int MAX_TITLE = 200;
  static final int MAX_BODY = 20_000;
  static final int MAX_PURPOSE = 200;
  static final int MAX_ATTACHMENTS = 5;
  /** 协查: the purpose stated when the author names none. */
  static final String DEFAULT_PURPOSE = "协查";

  BulletinDraft {
    title = Texts.required("title", title, MAX_TITLE);
    body = Texts.required("body", body, MAX_BODY);
    purpose = Texts.optional("purpose", purpose, MAX_PURPOSE, DEFAULT_PURPOSE);
    attachments = List.copyOf(attachments);
    if (attachments.size() > MAX_ATTACHMENTS) {
      throw BULLETIN.invalid("bulletin.refused.attachments.tooMany", MAX_ATTACHMENTS, attachments.size());
    }
  }

  /** Reads the free-form fields of a request; each wrong field gives a message that names it. */
  static BulletinDraft of(
      @Nullable String title,
      @Nullable String body,
      @Nullable String handlingCode,
      @Nullable String urgency,
      @Nullable List<String> targets,
      @Nullable String purpose,
      List<AttachmentFile> attachments) {
    String checkedTitle = Texts.required("title", title, MAX_TITLE);
    String checkedBody = Texts.required("body", body, MAX_BODY);
    return new BulletinDraft(checkedTitle, checkedBody, handlingCode(handlingCode), Urgency.parse(urgency), Targets.parse(targets), Texts.optional("purpose", purpose, MAX_PURPOSE, DEFAULT_PURPOSE), attachments);
  }

  static HandlingCode handlingCode(@Nullable String value) {
    if (value == null || value.isBlank()) {
      throw BULLETIN.invalid("bulletin.refused.handlingCode.required");
    }
    try {
      return HandlingCode.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw BULLETIN.invalid("bulletin.refused.handlingCode.unknown", Texts.shorten(value));
    }
  }
}
