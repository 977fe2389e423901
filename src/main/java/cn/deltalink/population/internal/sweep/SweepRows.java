package cn.deltalink.population.internal.sweep;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sweep tables: sweeps started here, the parts each node sent, the hits. */
@Repository
class SweepRows {

  record Sweep(UUID id, String nonce, int generation, String startedBy, Instant startedAt, int ownCount, List<String> participants) {}

  record Part(String node, int part, int parts, int hashes) {}

  record Hit(String node, String residentId, long shortHash, @Nullable Boolean confirmed, @Nullable String otherStatus, @Nullable String otherAddressCode, @Nullable String otherName) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  SweepRows(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  void insert(Sweep s) {
    jdbc.sql("insert into population_sweep (id, nonce, key_generation, started_by, started_at, own_count, participants) values (:id, :nonce, :gen, :by, :at, :own, :participants)")
        .param("id", s.id())
        .param("nonce", s.nonce())
        .param("gen", s.generation())
        .param("by", s.startedBy())
        .param("at", Timestamp.from(s.startedAt()))
        .param("own", s.ownCount())
        .param("participants", String.join(",", s.participants()))
        .update();
  }

  Optional<Sweep> find(UUID id) {
    return jdbc.sql("select * from population_sweep where id = :id")
        .param("id", id)
        .query((rs, n) -> new Sweep(
            rs.getObject("id", UUID.class),
            rs.getString("nonce"),
            rs.getInt("key_generation"),
            rs.getString("started_by"),
            rs.getTimestamp("started_at").toInstant(),
            rs.getInt("own_count"),
            rs.getString("participants").isEmpty() ? List.of() : List.of(rs.getString("participants").split(","))))
        .optional();
  }

  List<UUID> latest(int limit) {
    return jdbc.sql("select id from population_sweep order by started_at desc limit :limit").param("limit", limit).query(UUID.class).list();
  }

  /** Records a part; false when it was recorded before (a message delivered twice). */
  boolean insertPart(UUID sweep, String node, int part, int parts, int hashes, Instant at) {
    return jdbc.sql("insert into population_sweep_part (sweep_id, node, part, parts, hashes, received_at) values (:s, :node, :part, :parts, :hashes, :at) on conflict do nothing")
            .param("s", sweep)
            .param("node", node)
            .param("part", part)
            .param("parts", parts)
            .param("hashes", hashes)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  List<Part> parts(UUID sweep) {
    return jdbc.sql("select node, part, parts, hashes from population_sweep_part where sweep_id = :s order by node, part")
        .param("s", sweep)
        .query((rs, n) -> new Part(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
        .list();
  }

  void insertHits(UUID sweep, String node, List<String> residentIds, List<Long> shortHashes) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < residentIds.size(); i++) {
      rows.add(new Object[] {sweep, node, residentIds.get(i), shortHashes.get(i)});
    }
    template.batchUpdate("insert into population_sweep_hit (sweep_id, node, resident_id, short_hash) values (?, ?, ?, ?) on conflict do nothing", rows);
  }

  List<Hit> hits(UUID sweep) {
    return jdbc.sql("select * from population_sweep_hit where sweep_id = :s order by resident_id, node")
        .param("s", sweep)
        .query((rs, n) -> new Hit(
            rs.getString("node"),
            rs.getString("resident_id"),
            rs.getLong("short_hash"),
            (Boolean) rs.getObject("confirmed"),
            rs.getString("other_status"),
            rs.getString("other_household_address_code"),
            rs.getString("other_name")))
        .list();
  }

  void answer(UUID sweep, String node, long shortHash, boolean confirmed, @Nullable String status, @Nullable String addressCode, @Nullable String name, Instant at) {
    jdbc.sql(
            """
            update population_sweep_hit set confirmed = :confirmed, other_status = :status, other_household_address_code = :address, other_name = :name, answered_at = :at
            where sweep_id = :s and node = :node and short_hash = :hash and answered_at is null
            """)
        .param("confirmed", confirmed)
        .param("status", status)
        .param("address", addressCode)
        .param("name", name)
        .param("at", Timestamp.from(at))
        .param("s", sweep)
        .param("node", node)
        .param("hash", shortHash)
        .update();
  }
}
