package cn.deltalink.casework.internal.assistance;

import cn.deltalink.casework.internal.evidence.CaseFile;
import cn.deltalink.casework.internal.evidence.CaseFiles;
import cn.deltalink.platform.RequestRefused;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns the files of a request or a reply into stored case files: at most five, 5 MiB each. */
@Component
class AttachedFiles {

  static final int MAX_FILES = 5;

  private final CaseFiles files;

  AttachedFiles(CaseFiles files) {
    this.files = files;
  }

  List<CaseFile> store(@Nullable List<Attachment> attachments) {
    if (attachments == null || attachments.isEmpty()) {
      return List.of();
    }
    if (attachments.size() > MAX_FILES) {
      throw RequestRefused.invalid("At most " + MAX_FILES + " files");
    }
    List<CaseFile> stored = new ArrayList<>();
    for (Attachment a : attachments) {
      if (a == null || a.name() == null || a.name().isBlank() || a.name().length() > 200 || a.name().chars().anyMatch(Character::isISOControl)) {
        throw RequestRefused.invalid("Each file needs a name of 1 to 200 characters");
      }
      String type = a.contentType() == null || a.contentType().isBlank() ? "application/octet-stream" : a.contentType().strip();
      if (type.length() > 100 || !type.matches("[\\w.+-]+/[\\w.+-]+")) {
        throw RequestRefused.invalid("contentType of '" + a.name().strip() + "' is not a media type");
      }
      byte[] content;
      try {
        content = Base64.getDecoder().decode(a.contentBase64() == null ? "" : a.contentBase64().strip());
      } catch (IllegalArgumentException e) {
        throw RequestRefused.invalid("contentBase64 of '" + a.name().strip() + "' is not Base64");
      }
      if (content.length == 0 || content.length > CaseFiles.MAX_BYTES) {
        throw RequestRefused.invalid("A file is 1 byte to 5 MiB");
      }
      stored.add(files.store(a.name().strip(), type, content));
    }
    return stored;
  }
}
