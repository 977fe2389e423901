package cn.deltalink.casework.internal.assistance;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.casework.internal.evidence.CaseFile;
import cn.deltalink.casework.internal.evidence.CaseFiles;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.platform.UntrustedText;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns the files of a request or a reply into stored case files: at most five, 5 MiB each. */
@Component
class AttachedFiles {

  static final int MAX_FILES = Attachment.MAX_FILES;

  private final CaseFiles files;

  AttachedFiles(CaseFiles files) {
    this.files = files;
  }

  List<CaseFile> store(@Nullable List<Attachment> attachments) {
    if (attachments == null || attachments.isEmpty()) {
      return List.of();
    }
    if (attachments.size() > MAX_FILES) {
      throw CASEWORK.invalid("casework.refused.files.count", String.valueOf(MAX_FILES));
    }
    List<CaseFile> stored = new ArrayList<>();
    for (Attachment a : attachments) {
      if (a == null || a.name() == null || a.name().isBlank() || a.name().length() > 200 || a.name().chars().anyMatch(Character::isISOControl)) {
        throw CASEWORK.invalid("casework.refused.files.name");
      }
      String type = a.contentType() == null || a.contentType().isBlank() ? "application/octet-stream" : a.contentType().strip();
      if (type.length() > 100 || !type.matches("[\\w.+-]+/[\\w.+-]+")) {
        throw CASEWORK.invalid("casework.refused.files.type", UntrustedText.clipped(a.name().strip(), 200));
      }
      byte[] content;
      try {
        content = Base64.getDecoder().decode(a.contentBase64() == null ? "" : a.contentBase64().strip());
      } catch (IllegalArgumentException e) {
        throw CASEWORK.invalid("casework.refused.files.base64", UntrustedText.clipped(a.name().strip(), 200));
      }
      if (content.length == 0 || content.length > CaseFiles.MAX_BYTES) {
        throw CASEWORK.invalid("casework.refused.files.size");
      }
      stored.add(files.store(a.name().strip(), type, content));
    }
    return stored;
  }
}
