package cn.deltalink.bulletin.internal;

import static cn.deltalink.bulletin.internal.Refused.BULLETIN;

import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * A file attached to a bulletin (附件): kept in the database and carried inside the bulletin's message,
 * with the SM3 digest that lets every receiver check it arrived unchanged.
 */
record AttachmentFile(String name, String contentType, byte[] content, String sm3) {

  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_NAME = 200;

  AttachmentFile {
    if (!sm3.equals(digest(content))) {
      throw new IllegalArgumentException("The SM3 digest of attachment '" + name + "' does not match its content");
    }
  }

  /** A file as an officer uploaded it; refused when empty, too large or oddly named. */
  static AttachmentFile upload(@Nullable String name, @Nullable String contentType, byte[] content) {
    String fileName = fileName(name);
    if (content.length == 0) {
      throw BULLETIN.invalid("bulletin.refused.attachment.empty", fileName);
    }
    if (content.length > MAX_BYTES) {
      throw BULLETIN.invalid("bulletin.refused.attachment.tooLarge", fileName, content.length, MAX_BYTES);
    }
    return new AttachmentFile(fileName, mediaType(fileName, contentType), content, digest(content));
  }

  /** A file sent in the JSON API as base64. */
  static AttachmentFile fromBase64(@Nullable String name, @Nullable String contentType, @Nullable String base64) {
    if (base64 == null || base64.isBlank()) {
      throw BULLETIN.invalid("bulletin.refused.attachment.noBase64", fileName(name));
    }
    if (base64.length() > (MAX_BYTES / 3 + 1) * 4 + 64) {
      throw BULLETIN.invalid("bulletin.refused.attachment.over5MiB", fileName(name));
    }
    // the MIME decoder skips line breaks, but it would also skip any other stray character silently
    if (!base64.matches("[A-Za-z0-9+/=\\s]+")) {
      throw BULLETIN.invalid("bulletin.refused.attachment.badBase64", fileName(name));
    }
    try {
      return upload(name, contentType, Base64.getMimeDecoder().decode(base64.strip()));
    } catch (IllegalArgumentException e) {
      throw BULLETIN.invalid("bulletin.refused.attachment.badBase64", fileName(name));
    }
  }

  long size() {
    return content.length;
  }

  String base64() {
    return Base64.getEncoder().encodeToString(content);
  }

  static String digest(byte[] content) {
    SM3Digest sm3 = new SM3Digest();
    sm3.update(content, 0, content.length);
    byte[] out = new byte[sm3.getDigestSize()];
    sm3.doFinal(out, 0);
    return HexFormat.of().formatHex(out);
  }

  /** The last path segment only (browsers on some systems send the whole path), without control characters. */
  private static String fileName(@Nullable String name) {
    String plain = name == null ? "" : name.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
    if (plain.isEmpty()) {
      throw BULLETIN.invalid("bulletin.refused.attachment.nameRequired");
    }
    if (plain.length() > MAX_NAME) {
      throw BULLETIN.invalid("bulletin.refused.attachment.nameTooLong", Texts.shorten(plain), MAX_NAME);
    }
    return plain;
  }

  private static String mediaType(String fileName, @Nullable String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return MediaType.APPLICATION_OCTET_STREAM_VALUE;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType.strip());
      if (type.isWildcardType() || type.isWildcardSubtype() || type.toString().length() > 200) {
        throw BULLETIN.invalid("bulletin.refused.attachment.typeUnusable", fileName);
      }
      return type.toString();
    } catch (InvalidMediaTypeException e) {
      throw BULLETIN.invalid("bulletin.refused.attachment.typeInvalid", fileName, Texts.shorten(contentType));
    }
  }
}
