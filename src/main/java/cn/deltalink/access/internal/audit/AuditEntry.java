package cn.deltalink.access.internal.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail (审计日志) as it is chained: its position, when, who (and at which
 * agency, from which address), what, to what, why and with which outcome. Text is cleaned and cut to
 * the column sizes here, so that what is hashed is exactly what PostgreSQL stores.
 */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    @Nullable String agencyCode,
    String action,
    String subject,
    String purpose,
    String outcome,
    @Nullable String clientIp) {

  /** Marks the layout of {@link #canonicalBytes()}; a new layout gets a new tag. */
  private static final byte[] FORMAT = "DLK-AUDIT-1".getBytes(StandardCharsets.US_ASCII);

  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  public AuditEntry {
    if (seq < 1) {
      throw new IllegalArgumentException("An audit entry's position starts at 1");
    }
    at = at.truncatedTo(ChronoUnit.MICROS);
    actor = StoredText.of(actor, 64);
    agencyCode = agencyCode == null ? null : StoredText.of(agencyCode, 12);
    action = StoredText.of(action, 64);
    subject = StoredText.of(subject, 512);
    purpose = StoredText.of(purpose, 512);
    outcome = StoredText.of(outcome, 128);
    clientIp = clientIp == null ? null : StoredText.of(clientIp, 64);
  }

  /** The time as hashed: ISO-8601 in UTC with exactly six fraction digits, as PostgreSQL keeps it. */
  public String atText() {
    return MICROS.format(at);
  }

  /**
   * The fields in a fixed order, each as a 4-byte length and its UTF-8 bytes (length -1 for a missing
   * value), so that no two different entries give the same bytes.
   */
  byte[] canonicalBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(FORMAT);
    field(out, Long.toString(seq));
    field(out, atText());
    field(out, actor);
    field(out, agencyCode);
    field(out, action);
    field(out, subject);
    field(out, purpose);
    field(out, outcome);
    field(out, clientIp);
    return out.toByteArray();
  }

  private static void field(ByteArrayOutputStream out, @Nullable String value) {
    if (value == null) {
      out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
    out.writeBytes(bytes);
  }
}
