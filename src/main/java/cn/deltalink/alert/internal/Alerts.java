package cn.deltalink.alert.internal;

import cn.deltalink.identity.AddressCodes;

import cn.deltalink.alert.WantedAlert;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code alert} table: the newest version held of each alert, own and replicated. */
@Repository
class Alerts {

  /** What a list may be narrowed to; null fields do not narrow. */
  record Filter(
      @Nullable String issuingNode,
      boolean ownOnly,
      boolean replicaOnly,
      @Nullable String kind,
      @Nullable String category,
      @Nullable String state,
      @Nullable String residentId,
      @Nullable String plate,
      boolean activeOnly,
      int limit,
      int offset) {}

  private final JdbcTemplate jdbc;
  private final JsonMapper json;
  private final AddressCodes codes;

  Alerts(JdbcTemplate jdbc, JsonMapper json, AddressCodes codes) {
    this.codes = codes;
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<WantedAlert> find(UUID id) {
    return jdbc.query("select content from alert where id = ?", (rs, n) -> read(rs.getString(1)), id).stream().findFirst();
  }

  /**
   * Inserts or replaces the alerts (the caller has made sure each is newer than what is held), in one
   * statement over arrays: a list of ten thousand alerts was ten thousand statements in a batch.
   */
  void store(List<WantedAlert> alerts, @Nullable String createdBy) {
    store(alerts, createdBy, a -> json.writeValueAsString(AlertJson.Content.of(a)));
  }

  /** The same, with each alert's content as JSON already written (a replica receives it so; a bulk publication shares it too). */
  void store(List<WantedAlert> alerts, @Nullable String createdBy, Function<WantedAlert, String> contentJson) {
    Map<UUID, WantedAlert> newest = new LinkedHashMap<>();
    alerts.forEach(a -> newest.merge(a.id(), a, (x, y) -> y.version() > x.version() ? y : x));
    int n = newest.size();
    String[][] columns = new String[15][n];
    Long[] versions = new Long[n];
    int i = 0;
    for (WantedAlert a : newest.values()) {
      AlertJson.Content c = AlertJson.Content.of(a);
      String[] row = {
        a.id().toString(),
        a.issuingNode(),
        a.issuingAgency(),
        c.kind(),
        c.category(),
        c.state(),
        c.person() == null ? null : c.person().residentId(),
        c.person() == null ? null : c.person().name(),
        c.vehicle() == null ? null : c.vehicle().plate(),
        c.document() == null ? null : c.document().number(),
        c.actionOnHit(),
        c.handlingCode(),
        a.validUntil().toString(),
        contentJson.apply(a),
        a.changedAt().toString()
      };
      for (int col = 0; col < row.length; col++) {
        columns[col][i] = row[col];
      }
      versions[i++] = a.version();
    }
    jdbc.update(
        """
        insert into alert (id, version, issuing_node, issuing_agency, kind, category, state, resident_id, person_name, plate, document_number,
                           action_on_hit, handling_code, valid_until, content, created_by, changed_at)
        select id, version, issuing_node, issuing_agency, kind, category, state, resident_id, person_name, plate, document_number,
               action_on_hit, handling_code, valid_until, content, ?, changed_at
        from unnest(cast(? as uuid[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as date[]),
                    cast(? as text[]), cast(? as timestamptz[]))
          as v(id, version, issuing_node, issuing_agency, kind, category, state, resident_id, person_name, plate, document_number,
               action_on_hit, handling_code, valid_until, content, changed_at)
        on conflict (id) do update set
          version = excluded.version, state = excluded.state, resident_id = excluded.resident_id, person_name = excluded.person_name,
          plate = excluded.plate, document_number = excluded.document_number, action_on_hit = excluded.action_on_hit,
          handling_code = excluded.handling_code, valid_until = excluded.valid_until, content = excluded.content, changed_at = excluded.changed_at
          where alert.version < excluded.version or (alert.version = 0 and excluded.version = 0)
        """,
        createdBy,
        columns[0],
        versions,
        columns[1],
        columns[2],
        columns[3],
        columns[4],
        columns[5],
        columns[6],
        columns[7],
        columns[8],
        columns[9],
        columns[10],
        columns[11],
        columns[12],
        columns[13],
        columns[14]);
  }

  List<WantedAlert> list(Filter f, String self) {
    StringBuilder sql = new StringBuilder("select content from alert where true");
    List<Object> args = new ArrayList<>();
    if (f.issuingNode() != null) {
      sql.append(" and issuing_node = ?");
      args.add(f.issuingNode());
    }
    if (f.ownOnly()) {
      sql.append(" and issuing_node = ?");
      args.add(self);
    }
    if (f.replicaOnly()) {
      sql.append(" and issuing_node <> ?");
      args.add(self);
    }
    if (f.kind() != null) {
      sql.append(" and kind = ?");
      args.add(f.kind());
    }
    if (f.category() != null) {
      sql.append(" and category = ?");
      args.add(f.category());
    }
    if (f.state() != null) {
      sql.append(" and state = ?");
      args.add(f.state());
    }
    if (f.residentId() != null) {
      sql.append(" and (resident_id = ? or document_number = ?)");
      args.add(f.residentId());
      args.add(f.residentId());
    }
    if (f.plate() != null) {
      sql.append(" and plate = ?");
      args.add(f.plate());
    }
    if (f.activeOnly()) {
      sql.append(" and state in ('published', 'amended') and valid_until >= current_date");
    }
    // drafts are the issuing node's business only: another node never has them
    sql.append(" order by changed_at desc, id limit ? offset ?");
    args.add(f.limit());
    args.add(f.offset());
    return jdbc.query(sql.toString(), (rs, n) -> read(rs.getString(1)), args.toArray());
  }

  void forEachCurrent(Consumer<WantedAlert> action) {
    jdbc.query("select content from alert where state in ('published', 'amended')", rs -> {
      action.accept(read(rs.getString(1)));
    });
  }

  /** Counts per issuing node and state, for the list page's summary. */
  List<Object[]> counts() {
    return jdbc.query("select issuing_node, state, count(*) from alert group by issuing_node, state order by issuing_node, state", (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
  }

  private WantedAlert read(String content) {
    return json.readValue(content, AlertJson.Content.class).alert(codes);
  }
}
