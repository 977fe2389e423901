package cn.deltalink.register.internal;

import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.ReplicaDigest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code register_entry} table: the newest version held of each entry. */
@Repository
class RegisterEntries {

  /** An entry as stored, with whom its owner addressed it. */
  record Stored(RegisterEntry entry, boolean toAll, List<String> targets, HandlingCode handlingCode) {
    boolean addressedTo(String node) {
      return toAll || targets.contains(node);
    }
  }

  /** What is held of one entry: its owner and version. */
  record Held(String ownerNode, long version) {}

  private final JdbcTemplate jdbc;

  RegisterEntries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What this node holds of the given entries of a register, by id. The ids are joined as a table:
   * {@code id = any(array)} on a table whose statistics are older than a bulk load was planned as a
   * scan comparing every row with every id, which made a list of 100,000 alerts quadratic.
   */
  Map<UUID, Held> held(String register, List<UUID> ids) {
    Map<UUID, Held> held = new HashMap<>();
    if (ids.isEmpty()) {
      return held;
    }
    String array = "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    jdbc.query(
        "select r.id, r.owner_node, r.version from unnest(?::uuid[]) as asked(id) join register_entry r on r.register = ? and r.id = asked.id",
        rs -> {
          held.put(rs.getObject("id", UUID.class), new Held(rs.getString("owner_node"), rs.getLong("version")));
        },
        array,
        register);
    return held;
  }

  /**
   * Stores the versions, each replacing an older one of the same entry (callers pass only newer ones,
   * each entry once), in one statement over arrays rather than a statement per entry.
   */
  void store(List<RegisterEntry> entries, boolean toAll, List<String> targets, HandlingCode handlingCode, Instant at) {
    int n = entries.size();
    String[] registers = new String[n];
    String[] ids = new String[n];
    String[] owners = new String[n];
    Long[] versions = new Long[n];
    String[] payloads = new String[n];
    for (int i = 0; i < n; i++) {
      RegisterEntry e = entries.get(i);
      registers[i] = e.register();
      ids[i] = e.id().toString();
      owners[i] = e.ownerNode();
      versions[i] = e.version();
      payloads[i] = e.payloadJson();
    }
    jdbc.update(
        """
        insert into register_entry (register, id, owner_node, version, to_all, target_nodes, handling_code, payload, stored_at)
        select register, id, owner_node, version, ?, ?, ?, payload, ?
        from unnest(cast(? as text[]), cast(? as uuid[]), cast(? as text[]), cast(? as bigint[]), cast(? as text[])) as v(register, id, owner_node, version, payload)
        on conflict (register, id) do update
          set version = excluded.version, to_all = excluded.to_all, target_nodes = excluded.target_nodes,
              handling_code = excluded.handling_code, payload = excluded.payload, stored_at = excluded.stored_at
          where register_entry.version < excluded.version and register_entry.owner_node = excluded.owner_node
        """,
        toAll,
        String.join(",", targets),
        handlingCode.name(),
        Timestamp.from(at),
        registers,
        ids,
        owners,
        versions,
        payloads);
  }

  long version(String register, UUID id) {
    List<Long> versions = jdbc.queryForList("select version from register_entry where register = ? and id = ?", Long.class, register, id);
    return versions.isEmpty() ? 0 : versions.get(0);
  }

  /** Every entry of the register that this node owns, in id order, handed over one at a time. */
  void forEachOwned(String register, String owner, Consumer<Stored> action) {
    jdbc.query(
        "select id, version, to_all, target_nodes, handling_code, payload from register_entry where register = ? and owner_node = ? order by id",
        rs -> {
          String targets = rs.getString("target_nodes");
          action.accept(
              new Stored(
                  new RegisterEntry(register, rs.getObject("id", UUID.class), rs.getLong("version"), owner, rs.getString("payload")),
                  rs.getBoolean("to_all"),
                  targets.isEmpty() ? List.of() : List.of(targets.split(",")),
                  HandlingCode.valueOf(rs.getString("handling_code"))));
        },
        register,
        owner);
  }

  /** Per owner: the count and the SM3 digest of the sorted {@code id:version} lines. */
  List<ReplicaDigest> digest(String register) {
    Map<String, SM3Digest> digests = new java.util.TreeMap<>();
    Map<String, long[]> counts = new HashMap<>();
    jdbc.query(
        "select owner_node, id, version from register_entry where register = ? order by owner_node, id",
        rs -> {
          String owner = rs.getString("owner_node");
          byte[] line = (rs.getObject("id", UUID.class) + ":" + rs.getLong("version") + "\n").getBytes(StandardCharsets.US_ASCII);
          digests.computeIfAbsent(owner, o -> new SM3Digest()).update(line, 0, line.length);
          counts.computeIfAbsent(owner, o -> new long[1])[0]++;
        },
        register);
    List<ReplicaDigest> answer = new ArrayList<>();
    digests.forEach(
        (owner, sm3) -> {
          byte[] out = new byte[sm3.getDigestSize()];
          sm3.doFinal(out, 0);
          answer.add(new ReplicaDigest(owner, counts.get(owner)[0], HexFormat.of().formatHex(out)));
        });
    return answer;
  }
}
