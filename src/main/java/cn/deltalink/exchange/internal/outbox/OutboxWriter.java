package cn.deltalink.exchange.internal.outbox;

import cn.deltalink.exchange.internal.EnvelopeRows;
import cn.deltalink.exchange.internal.core.Envelope;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes signed envelopes to the outbox: each envelope, one delivery row per peer and its SENT log
 * entry, for any number of envelopes in one statement (one array per column). The statement, not
 * the row, is what costs most on this path: one statement per envelope took more of the database's
 * time than all the rows it wrote.
 */
@Component
class OutboxWriter {

  /** An envelope and the peers it is to be delivered to (empty when it is addressed only to this node). */
  record Queued(Envelope envelope, Set<String> peers) {}

  private static final String WRITE =
      "with envelopes as (insert into exchange_outbox (" + EnvelopeRows.COLUMNS + ") " + EnvelopeRows.SELECT + " returning 1),"
          + """
      deliveries as (
        insert into exchange_delivery (message_id, peer, state, queued_at, next_attempt_at)
        select cast(d.message_id as uuid), d.peer, 'QUEUED', cast(d.queued_at as timestamptz), now()
        from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) as d(message_id, peer, queued_at)
        returning 1),
      logged as (
        insert into exchange_log (kind, message_id, peer, type, digest, signature, reference)
        select 'SENT', cast(l.message_id as uuid), l.peers, l.type, l.digest, l.signature, 'outbox:' || l.message_id
        from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[])) with ordinality as l(message_id, peers, type, digest, signature, n)
        order by l.n
        returning 1)
      select (select count(*) from envelopes)::int
      """;

  private final JdbcTemplate jdbc;

  OutboxWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void write(List<Queued> queued) {
    if (queued.isEmpty()) {
      return;
    }
    int n = queued.size();
    int deliveries = queued.stream().mapToInt(q -> q.peers().size()).sum();
    String[][] delivery = new String[3][deliveries];
    String[][] logged = new String[5][n];
    int d = 0;
    for (int i = 0; i < n; i++) {
      Envelope e = queued.get(i).envelope();
      String id = e.id().toString();
      for (String peer : queued.get(i).peers()) {
        delivery[0][d] = id;
        delivery[1][d] = peer;
        delivery[2][d] = e.createdAt().toString();
        d++;
      }
      logged[0][i] = id;
      logged[1][i] = String.join(",", queued.get(i).peers());
      logged[2][i] = e.type();
      logged[3][i] = e.payloadDigest();
      logged[4][i] = e.signature();
    }
    Object[] parameters = new Object[20];
    System.arraycopy(EnvelopeRows.arrays(queued.stream().map(Queued::envelope).toList()), 0, parameters, 0, 12);
    System.arraycopy(delivery, 0, parameters, 12, 3);
    System.arraycopy(logged, 0, parameters, 15, 5);
    jdbc.queryForObject(WRITE, Integer.class, parameters);
  }
}
