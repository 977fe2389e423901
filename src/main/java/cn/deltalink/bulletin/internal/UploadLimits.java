package cn.deltalink.bulletin.internal;

import static cn.deltalink.bulletin.internal.Refused.BULLETIN;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The count and size limits of a bulletin's attachments, checked on what an upload announces (the
 * number of files, each file's size or the length of its base64 text) before any file is read or
 * decoded: an upload over the limits costs the node no decoding and no copy of its content.
 */
final class UploadLimits {

  /** A file as announced: the name it came with and the bytes it will have once decoded. */
  record Announced(@Nullable String name, long bytes) {}

  private UploadLimits() {}

  static void check(List<Announced> files) {
    if (files.size() > BulletinDraft.MAX_ATTACHMENTS) {
      throw BULLETIN.invalid("bulletin.refused.attachments.tooMany", BulletinDraft.MAX_ATTACHMENTS, files.size());
    }
    for (Announced file : files) {
      if (file.bytes() > AttachmentFile.MAX_BYTES) {
        throw BULLETIN.invalid("bulletin.refused.attachment.over5MiB", String.valueOf(file.name()));
      }
    }
  }

  /** The bytes a base64 text decodes to, counted without decoding it (line breaks and padding do not count). */
  static long decodedBytes(@Nullable String base64) {
    if (base64 == null) {
      return 0;
    }
    long symbols = base64.chars().filter(c -> c != '=' && !Character.isWhitespace(c)).count();
    return symbols * 3 / 4;
  }
}
