package cn.deltalink.casework.internal.evidence;

import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.region.AgencyCode;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The files of case work and their travel in parts (as bulletin attachments travel, ADR 013): each
 * part a {@code casework.file-part} message of at most 256 KiB that also names the whole file, so
 * that parts may arrive in any order and before what refers to them. A file is put together only
 * from parts of its owning node, and kept only if size and SM3 digest match.
 */
@Component
public class CaseFiles implements MessageHandler {

  public static final String PART = "casework.file-part";
  static final int PART_BYTES = 256 * 1024;
  /** The largest file case work takes. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** {@code casework.file-part}: one part of a file, with the file's description. */
  record Part(UUID fileId, String name, String contentType, long size, String sm3, int parts, int position, String data) {}

  private final JdbcTemplate jdbc;
  private final Exchange exchange;
  private final Payloads payloads;

  CaseFiles(JdbcTemplate jdbc, Exchange exchange, Payloads payloads) {
    this.jdbc = jdbc;
    this.exchange = exchange;
    this.payloads = payloads;
  }

  /** Stores a file this node owns. */
  public CaseFile store(String name, String contentType, byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new IllegalArgumentException("A file is at most 5 MiB");
    }
    int parts = Math.max(1, (content.length + PART_BYTES - 1) / PART_BYTES);
    CaseFile file = new CaseFile(UUID.randomUUID(), exchange.localNode().value(), name, contentType, content.length, Sm3.of(content), parts, true);
    jdbc.update(
        "insert into casework_file (id, owner_node, name, content_type, size_bytes, sm3, parts, content) values (?, ?, ?, ?, ?, ?, ?, ?)",
        file.id(), file.ownerNode(), name, contentType, file.size(), file.sm3(), parts, content);
    return file;
  }

  /** Sends a complete file in parts to the nodes, inside the caller's transaction. */
  public void send(CaseFile file, List<String> nodes, HandlingCode code, String purpose, String agency) {
    byte[] content = content(file.id()).orElseThrow(() -> new IllegalStateException("File " + file.id() + " is not complete here"));
    Recipients to = Recipients.of(nodes.stream().map(cn.deltalink.platform.NodeId::of).toList());
    for (int i = 0; i < file.parts(); i++) {
      byte[] chunk = Arrays.copyOfRange(content, i * PART_BYTES, Math.min(content.length, (i + 1) * PART_BYTES));
      Part part = new Part(file.id(), file.name(), file.contentType(), file.size(), file.sm3(), file.parts(), i, Base64.getEncoder().encodeToString(chunk));
      exchange.send(new OutgoingMessage(PART, to, code, purpose, AgencyCode.of(agency), payloads.write(part), null));
    }
  }

  /** Records a file another node announced (its parts may be here already or follow). */
  public void announce(CaseFile file) {
    jdbc.update(
        "insert into casework_file (id, owner_node, name, content_type, size_bytes, sm3, parts) values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing",
        file.id(), file.ownerNode(), file.name(), file.contentType(), file.size(), file.sm3(), file.parts());
    assembleIfComplete(file.id());
  }

  public Optional<CaseFile> find(UUID id) {
    return jdbc.query(
            "select id, owner_node, name, content_type, size_bytes, sm3, parts, content is not null as complete from casework_file where id = ?",
            (rs, i) -> new CaseFile(rs.getObject("id", UUID.class), rs.getString("owner_node"), rs.getString("name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sm3"), rs.getInt("parts"), rs.getBoolean("complete")),
            id)
        .stream()
        .findFirst();
  }

  public Optional<byte[]> content(UUID id) {
    return jdbc.query("select content from casework_file where id = ? and content is not null", (rs, i) -> rs.getBytes(1), id).stream().findFirst();
  }

  @Override
  public String type() {
    return PART;
  }

  @Override
  public void handle(ReceivedMessage message) {
    Part part = payloads.read(message.payloadJson(), Part.class);
    String sender = message.senderNode().value();
    if (part.parts() < 1 || part.position() < 0 || part.position() >= part.parts() || part.size() < 0 || part.size() > MAX_BYTES) {
      throw new IllegalArgumentException("Part " + part.position() + " of " + part.parts() + " of file " + part.fileId() + " is not a part of a file case work takes");
    }
    Optional<CaseFile> known = find(part.fileId());
    if (known.isPresent() && !known.get().ownerNode().equals(sender)) {
      throw new IllegalArgumentException("File " + part.fileId() + " belongs to " + known.get().ownerNode() + ", not to " + sender);
    }
    if (known.isEmpty()) {
      jdbc.update(
          "insert into casework_file (id, owner_node, name, content_type, size_bytes, sm3, parts) values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing",
          part.fileId(), sender, part.name(), part.contentType(), part.size(), part.sm3(), part.parts());
    }
    jdbc.update("insert into casework_file_part (file_id, position, data) values (?, ?, ?) on conflict do nothing", part.fileId(), part.position(), Base64.getDecoder().decode(part.data()));
    assembleIfComplete(part.fileId());
  }

  private void assembleIfComplete(UUID id) {
    CaseFile file = find(id).orElseThrow();
    if (file.complete()) {
      return;
    }
    List<byte[]> parts = jdbc.query("select data from casework_file_part where file_id = ? order by position", (rs, i) -> rs.getBytes(1), id);
    if (parts.size() < file.parts()) {
      return;
    }
    byte[] content = new byte[parts.stream().mapToInt(p -> p.length).sum()];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, content, at, p.length);
      at += p.length;
    }
    if (content.length != file.size() || !Sm3.of(content).equals(file.sm3())) {
      throw new IllegalArgumentException("File " + id + " put together from its parts does not match its size and SM3 digest");
    }
    jdbc.update("update casework_file set content = ? where id = ?", content, id);
    jdbc.update("delete from casework_file_part where file_id = ?", id);
  }
}
