package cn.deltalink.exchange.internal.log;

import cn.deltalink.exchange.internal.core.Sm2;
import cn.deltalink.exchange.internal.directory.NodeIdentity;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks the message log's hash chain from the first entry to the last, a page at a time (memory
 * stays flat however long the log is): each entry's hash must be the SM3 of its content and the
 * previous hash, positions must have no gaps, and every signed chain head (seal) must verify with
 * this node's key and match the entry at its position, which also reveals entries cut off the end.
 */
@Component
public class LogVerification {

  /** The verdict: intact or not, entries checked, the chain position of the first broken entry. */
  public record Result(boolean intact, long entries, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long firstBrokenEntry, long unsealed, @Nullable String problem) {}

  private static final int PAGE = 1000;

  private final JdbcTemplate jdbc;
  private final NodeIdentity identity;

  LogVerification(JdbcTemplate jdbc, NodeIdentity identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  public Result verify() {
    long unsealed = count("select count(*) from exchange_log l where not exists (select 1 from exchange_log_chain c where c.seq = l.seq)");
    long expected = 1;
    String prev = LogChain.GENESIS;
    while (true) {
      record Row(long pos, String entryHash, @Nullable LogChain content) {}
      List<Row> page =
          jdbc.query(
              "select c.chain_pos, c.entry_hash, l.* from exchange_log_chain c left join exchange_log l on l.seq = c.seq where c.chain_pos >= ? order by c.chain_pos limit " + PAGE,
              (rs, i) -> new Row(rs.getLong("chain_pos"), rs.getString("entry_hash"), rs.getObject("logged_at") == null ? null : LogChain.of(rs)),
              expected);
      for (Row row : page) {
        if (row.pos() != expected) {
          return broken(expected - 1, expected, unsealed, "entry " + expected + " is missing");
        }
        if (row.content() == null) {
          return broken(expected - 1, expected, unsealed, "the log row of entry " + expected + " is missing");
        }
        if (!row.content().hash(row.pos(), prev).equals(row.entryHash())) {
          return broken(expected - 1, expected, unsealed, "entry " + expected + " does not match its hash");
        }
        prev = row.entryHash();
        expected++;
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    long entries = expected - 1;
    record Seal(long pos, String hash, String signature, @Nullable String actual) {}
    List<Seal> seals =
        jdbc.query(
            "select s.chain_pos, s.entry_hash, s.signature, l.entry_hash as actual from exchange_log_seal s left join exchange_log_chain l on l.chain_pos = s.chain_pos order by s.chain_pos",
            (rs, i) -> new Seal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    for (Seal seal : seals) {
      if (!Sm2.verifiesBase64(identity.publicKey(), LogSealer.sealText(seal.pos(), seal.hash()), seal.signature())) {
        return broken(entries, seal.pos(), unsealed, "the signed chain head at " + seal.pos() + " does not verify");
      }
      if (!seal.hash().equals(seal.actual())) {
        return broken(entries, Math.min(seal.pos(), entries + 1), unsealed, "the signed chain head at " + seal.pos() + " does not match the log: entries were removed or rewritten");
      }
    }
    record Witness(String peer, long pos, String hash, String signature, @Nullable String actual) {}
    List<Witness> witnesses =
        jdbc.query(
            """
            select w.peer, w.position, w.hash, w.signature, c.entry_hash as actual from exchange_log_witness w
            left join exchange_log_chain c on c.chain_pos = w.position
            where w.id in (select max(id) from exchange_log_witness group by peer) order by w.peer
            """,
            (rs, i) -> new Witness(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    for (Witness witness : witnesses) {
      // peers keep the heads this node sends them and report them back (ADR 018): a log cut at the end, seals and all, is found here
      if (!Sm2.verifiesBase64(identity.publicKey(), LogSealer.sealText(witness.pos(), witness.hash()), witness.signature())) {
        return broken(entries, witness.pos(), unsealed, "the head that " + witness.peer() + " reports holding does not carry this node's signature");
      }
      if (witness.pos() > entries) {
        return broken(entries, entries + 1, unsealed, "entries " + (entries + 1) + " to " + witness.pos() + " are missing: " + witness.peer() + " holds the head signed at " + witness.pos());
      }
      if (!witness.hash().equals(witness.actual())) {
        return broken(entries, witness.pos(), unsealed, "entry " + witness.pos() + " does not match the head signed there, which " + witness.peer() + " holds: the log was rewritten");
      }
    }
    return new Result(true, entries, null, unsealed, null);
  }

  private static Result broken(long entries, long position, long unsealed, String problem) {
    return new Result(false, entries, position, unsealed, problem);
  }

  private long count(String sql) {
    Long n = jdbc.queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }
}
