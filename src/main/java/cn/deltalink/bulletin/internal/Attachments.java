package cn.deltalink.bulletin.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files of each bulletin, in table {@code bulletin_attachment}. */
@Repository
class Attachments {

  private final JdbcClient jdbc;

  Attachments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(UUID bulletinId, List<AttachmentFile> files) {
    for (int i = 0; i < files.size(); i++) {
      AttachmentFile file = files.get(i);
      jdbc.sql(
              "insert into bulletin_attachment (bulletin_id, position, name, content_type, size, sm3, content)"
                  + " values (:id, :position, :name, :type, :size, :sm3, :content)")
          .param("id", bulletinId)
          .param("position", i + 1)
          .param("name", file.name())
          .param("type", file.contentType())
          .param("size", file.content().length)
          .param("sm3", file.sm3())
          .param("content", file.content())
          .update();
    }
  }

  /** What is attached, without the content. */
  List<Listed> list(UUID bulletinId) {
    return jdbc.sql("select position, name, content_type, size, sm3 from bulletin_attachment where bulletin_id = :id order by position")
        .param("id", bulletinId)
        .query((rs, n) -> new Listed(rs.getInt("position"), rs.getString("name"), rs.getString("content_type"), rs.getLong("size"), rs.getString("sm3")))
        .list();
  }

  /** Every file with its content, for passing a bulletin on. */
  List<AttachmentFile> files(UUID bulletinId) {
    return jdbc.sql("select name, content_type, content, sm3 from bulletin_attachment where bulletin_id = :id order by position")
        .param("id", bulletinId)
        .query((rs, n) -> new AttachmentFile(rs.getString("name"), rs.getString("content_type"), rs.getBytes("content"), rs.getString("sm3")))
        .list();
  }

  Optional<AttachmentFile> file(UUID bulletinId, int position) {
    return jdbc.sql("select name, content_type, content, sm3 from bulletin_attachment where bulletin_id = :id and position = :position")
        .param("id", bulletinId)
        .param("position", position)
        .query((rs, n) -> new AttachmentFile(rs.getString("name"), rs.getString("content_type"), rs.getBytes("content"), rs.getString("sm3")))
        .optional();
  }

  /** An attachment as listed on a bulletin: its number, name, type, size and SM3 digest. */
  record Listed(int position, String name, String contentType, long size, String sm3) {}
}
