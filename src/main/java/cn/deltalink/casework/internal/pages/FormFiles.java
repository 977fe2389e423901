package cn.deltalink.casework.internal.pages;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.casework.internal.assistance.Attachment;
import cn.deltalink.casework.internal.evidence.CaseFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files a page form sends (multipart), turned into the API's attachments so that pages and API go
 * through the same services and limits. Count and size are checked before a file is read, so that a
 * large upload is refused without being held in memory.
 */
final class FormFiles {

  private FormFiles() {}

  static List<Attachment> attachments(@Nullable List<MultipartFile> files) {
    // a file input left empty still sends one part, without a name and without content
    List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank()))).toList();
    if (sent.size() > Attachment.MAX_FILES) {
      throw CASEWORK.invalid("casework.refused.files.count", String.valueOf(Attachment.MAX_FILES));
    }
    List<Attachment> attachments = new ArrayList<>();
    for (MultipartFile f : sent) {
      if (f.getSize() > CaseFiles.MAX_BYTES) {
        throw CASEWORK.invalid("casework.refused.files.size");
      }
      try {
        attachments.add(Attachment.of(f.getOriginalFilename() == null ? "" : f.getOriginalFilename(), f.getContentType() == null ? "" : f.getContentType(), f.getBytes()));
      } catch (IOException e) {
        throw CASEWORK.invalid("casework.refused.file.unreadable");
      }
    }
    return attachments;
  }
}
