package cn.deltalink.access.internal.audit;

import cn.deltalink.access.AuditHeads;
import cn.deltalink.access.NodeKey;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs the audit trail's chain head with the node key and keeps the heads peers report holding
 * (ADR 018). A head is signed only when it extends the last signed one (same epoch, not shorter, and
 * the entry at the signed position still has the signed hash): a trail cut or rewritten in the
 * database must not get a signature that would make the cut look right; the break raises the alarm.
 */
@Component
class AuditHeadSeals implements AuditHeads {

  private final JdbcClient jdbc;
  private final NodeKey key;
  private final TrailCondition condition;

  AuditHeadSeals(JdbcClient jdbc, NodeKey key, TrailCondition condition) {
    this.jdbc = jdbc;
    this.key = key;
    this.condition = condition;
  }

  @Override
  public synchronized Optional<SignedHead> seal() {
    Optional<SignedHead> last = latestSeal();
    Optional<Head> head = jdbc.sql("select epoch, seq, hash from audit_chain_head where id = 1").query((rs, n) -> new Head(rs.getInt("epoch"), rs.getLong("seq"), rs.getString("hash"))).optional();
    if (head.isEmpty()) {
      condition.broken(ChainedAuditTrail.HEAD_MISSING);
      return last;
    }
    Head now = head.get();
    if (last.isPresent() && last.get().epoch() == now.epoch() && last.get().seq() == now.seq() && last.get().hash().equals(now.hash())) {
      return last;
    }
    if (last.isPresent() && !extendsSeal(now, last.get())) {
      condition.broken("the chain head (entry " + now.seq() + ") does not extend the head signed at entry " + last.get().seq() + ": entries were removed or rewritten");
      return last;
    }
    if (now.seq() == 0) {
      return last;
    }
    return Optional.of(sign(now.epoch(), now.seq(), now.hash()));
  }

  /** Signs and keeps a head; used by rounds and by the operator's restart. */
  SignedHead sign(int epoch, long seq, String hash) {
    SignedHead signed = new SignedHead(epoch, seq, hash, key.sign(SignedHead.text(epoch, seq, hash)));
    jdbc.sql("insert into audit_head_seal (epoch, seq, hash, signature) values (:epoch, :seq, :hash, :signature)")
        .param("epoch", epoch)
        .param("seq", seq)
        .param("hash", hash)
        .param("signature", signed.signature())
        .update();
    return signed;
  }

  private boolean extendsSeal(Head now, SignedHead sealed) {
    if (now.epoch() > sealed.epoch()) {
      return true;
    }
    if (now.epoch() < sealed.epoch() || now.seq() < sealed.seq()) {
      return false;
    }
    return jdbc.sql("select hash from audit_entry where id = :seq").param("seq", sealed.seq()).query(String.class).optional().filter(sealed.hash()::equals).isPresent();
  }

  Optional<SignedHead> latestSeal() {
    return jdbc.sql("select epoch, seq, hash, signature from audit_head_seal order by id desc limit 1")
        .query((rs, n) -> new SignedHead(rs.getInt("epoch"), rs.getLong("seq"), rs.getString("hash").trim(), rs.getString("signature")))
        .optional();
  }

  @Override
  public void reportedBy(String peer, SignedHead head) {
    if (!key.verifies(head.signedText(), head.signature())) {
      throw new IllegalArgumentException("The head that " + peer + " reports holding does not carry this node's signature");
    }
    boolean known =
        jdbc.sql("select exists (select 1 from audit_head_witness where id = (select max(id) from audit_head_witness where peer = :peer) and epoch = :epoch and seq = :seq and hash = :hash)")
            .param("peer", peer)
            .param("epoch", head.epoch())
            .param("seq", head.seq())
            .param("hash", head.hash())
            .query(Boolean.class)
            .single();
    if (!known) {
      jdbc.sql("insert into audit_head_witness (peer, epoch, seq, hash, signature) values (:peer, :epoch, :seq, :hash, :signature)")
          .param("peer", peer)
          .param("epoch", head.epoch())
          .param("seq", head.seq())
          .param("hash", head.hash())
          .param("signature", head.signature())
          .update();
    }
  }

  private record Head(int epoch, long seq, String hash) {}
}
