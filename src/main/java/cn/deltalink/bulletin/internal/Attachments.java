package cn.deltalink.bulletin.internal;

import cn.deltalink.bulletin.internal.BulletinMessages.AttachmentInfo;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files of each bulletin ({@code bulletin_attachment}) and, at a receiver, the parts of files
 * still arriving ({@code bulletin_attachment_part}).
 */
@Repository
class Attachments {

  private final JdbcClient jdbc;

  Attachments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the complete files of a bulletin this node sends. */
  void add(UUID bulletinId, List<AttachmentFile> files) {
    for (int i = 0; i < files.size(); i++) {
      AttachmentFile file = files.get(i);
      insert(bulletinId, new AttachmentInfo(i + 1, file.name(), file.contentType(), file.content().length, file.sm3(), BulletinMessages.partsOf(file.content().length)), file.content());
    }
  }

  /** Notes the files a received bulletin announces; their content comes with the parts. */
  void expect(UUID bulletinId, List<AttachmentInfo> files) {
    files.forEach(f -> insert(bulletinId, f, null));
  }

  /** Keeps an arrived part (a repeated one is ignored). */
  void addPart(UUID bulletinId, int position, int part, String senderNode, byte[] content) {
    jdbc.sql("insert into bulletin_attachment_part (bulletin_id, position, part, sender_node, content) values (:id, :position, :part, :sender, :content) on conflict do nothing")
        .param("id", bulletinId)
        .param("position", position)
        .param("part", part)
        .param("sender", senderNode)
        .param("content", content)
        .update();
  }

  /**
   * Puts together every file of a received bulletin whose parts (from the bulletin's owning node,
   * naming the owner's id) have all arrived, checks it against its size and SM3 digest, and keeps it. A file that does not
   * match fails the message that completed it.
   */
  void assemble(Bulletin bulletin) {
    UUID bulletinId = bulletin.id();
    List<AttachmentInfo> waiting =
        jdbc.sql("select position, name, content_type, size, sm3, parts from bulletin_attachment where bulletin_id = :id and content is null order by position")
            .param("id", bulletinId)
            .query((rs, n) -> new AttachmentInfo(rs.getInt("position"), rs.getString("name"), rs.getString("content_type"), rs.getInt("size"), rs.getString("sm3"), rs.getInt("parts")))
            .list();
    for (AttachmentInfo file : waiting) {
      List<byte[]> parts =
          jdbc.sql("select content from bulletin_attachment_part where bulletin_id = :id and position = :position and sender_node = :node order by part")
              .param("id", bulletin.idAtOwner())
              .param("position", file.position())
              .param("node", bulletin.owningNode())
              .query((rs, n) -> rs.getBytes("content"))
              .list();
      if (parts.size() == file.parts()) {
        ByteArrayOutputStream content = new ByteArrayOutputStream(file.size());
        parts.forEach(content::writeBytes);
        // the record checks the digest: a damaged or forged part throws here
        AttachmentFile assembled = new AttachmentFile(file.name(), file.contentType(), content.toByteArray(), file.sm3());
        jdbc.sql("update bulletin_attachment set content = :content where bulletin_id = :id and position = :position")
            .param("content", assembled.content())
            .param("id", bulletinId)
            .param("position", file.position())
            .update();
        jdbc.sql("delete from bulletin_attachment_part where bulletin_id = :id and position = :position and sender_node = :node")
            .param("id", bulletin.idAtOwner())
            .param("position", file.position())
            .param("node", bulletin.owningNode())
            .update();
      }
    }
  }

  /** What is attached, without the content. */
  List<Listed> list(UUID bulletinId) {
    return jdbc.sql("select position, name, content_type, size, sm3, content is not null as complete from bulletin_attachment where bulletin_id = :id order by position")
        .param("id", bulletinId)
        .query((rs, n) -> new Listed(rs.getInt("position"), rs.getString("name"), rs.getString("content_type"), rs.getLong("size"), rs.getString("sm3"), rs.getBoolean("complete")))
        .list();
  }

  /** Every complete file with its content, for passing a bulletin on. */
  List<AttachmentFile> files(UUID bulletinId) {
    return jdbc.sql("select name, content_type, content, sm3 from bulletin_attachment where bulletin_id = :id and content is not null order by position")
        .param("id", bulletinId)
        .query((rs, n) -> new AttachmentFile(rs.getString("name"), rs.getString("content_type"), rs.getBytes("content"), rs.getString("sm3")))
        .list();
  }

  Optional<AttachmentFile> file(UUID bulletinId, int position) {
    return jdbc.sql("select name, content_type, content, sm3 from bulletin_attachment where bulletin_id = :id and position = :position and content is not null")
        .param("id", bulletinId)
        .param("position", position)
        .query((rs, n) -> new AttachmentFile(rs.getString("name"), rs.getString("content_type"), rs.getBytes("content"), rs.getString("sm3")))
        .optional();
  }

  private void insert(UUID bulletinId, AttachmentInfo file, byte @Nullable [] content) {
    jdbc.sql(
            "insert into bulletin_attachment (bulletin_id, position, name, content_type, size, sm3, parts, content)"
                + " values (:id, :position, :name, :type, :size, :sm3, :parts, :content)")
        .param("id", bulletinId)
        .param("position", file.position())
        .param("name", file.name())
        .param("type", file.contentType())
        .param("size", file.size())
        .param("sm3", file.sm3())
        .param("parts", file.parts())
        .param("content", content)
        .update();
  }

  /** An attachment as listed on a bulletin: its number, name, type, size, SM3 digest and whether all of it has arrived. */
  record Listed(int position, String name, String contentType, long size, String sm3, boolean complete) {}
}
