package cn.deltalink.exchange.internal;

import cn.deltalink.exchange.internal.core.Envelope;
import java.util.List;

/**
 * Envelopes as rows of the outbox and the inbox, many in one statement: {@link #arrays} gives one
 * text array per column, and {@link #SELECT} turns those twelve array parameters back into typed
 * rows, in the order of {@link #COLUMNS}.
 */
public final class EnvelopeRows {

  public static final String COLUMNS = "id, type, sender_node, sender_agency, recipients, created_at, correlation_id, handling_code, purpose, payload, payload_digest, signature";

  public static final String SELECT =
      """
      select cast(m.id as uuid), m.type, m.sender_node, m.sender_agency, m.recipients, cast(m.created_at as timestamptz), cast(m.correlation_id as uuid), m.handling_code,
        m.purpose, m.payload, m.payload_digest, m.signature
      from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
        cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
        as m(id, type, sender_node, sender_agency, recipients, created_at, correlation_id, handling_code, purpose, payload, payload_digest, signature)
      """;

  private EnvelopeRows() {}

  /** The twelve parameters of {@link #SELECT} for these envelopes. */
  public static String[][] arrays(List<Envelope> envelopes) {
    int n = envelopes.size();
    String[][] columns = new String[12][n];
    for (int i = 0; i < n; i++) {
      Envelope e = envelopes.get(i);
      columns[0][i] = e.id().toString();
      columns[1][i] = e.type();
      columns[2][i] = e.senderNode();
      columns[3][i] = e.senderAgency();
      columns[4][i] = String.join(",", e.recipients());
      columns[5][i] = e.createdAt().toString();
      columns[6][i] = e.correlationId() == null ? null : e.correlationId().toString();
      columns[7][i] = e.handlingCode().name();
      columns[8][i] = e.purpose();
      columns[9][i] = e.payload();
      columns[10][i] = e.payloadDigest();
      columns[11][i] = e.signature();
    }
    return columns;
  }
}
