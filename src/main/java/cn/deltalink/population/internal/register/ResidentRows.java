package cn.deltalink.population.internal.register;

import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.population.Resident;
import cn.deltalink.population.ResidentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code population_resident} table. */
@Repository
public class ResidentRows {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ResidentRows(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public Optional<Resident> find(String residentId) {
    return jdbc.sql("select * from population_resident where resident_id = :id").param("id", residentId).query(ResidentRows::resident).optional();
  }

  /** Whether the person is registered here now. */
  public boolean isActive(String residentId) {
    return jdbc.sql("select count(*) from population_resident where resident_id = :id and status = 'active'").param("id", residentId).query(Integer.class).single() > 0;
  }

  /** Inserts or replaces each resident (an import or the demo), with the reference of the change. */
  public void upsert(List<Resident> residents, String reference, Instant at) {
    List<Object[]> rows = new ArrayList<>(residents.size());
    for (Resident r : residents) {
      rows.add(new Object[] {r.residentId().value(), r.name(), r.sex(), r.birthDate(), r.householdAddressCode(), r.householdNumber(), r.status().slug(), reference, Timestamp.from(at)});
    }
    template.batchUpdate(
        """
        insert into population_resident (resident_id, name, sex, birth_date, household_address_code, household_number, status, last_reference, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (resident_id) do update set name = excluded.name, sex = excluded.sex, birth_date = excluded.birth_date,
          household_address_code = excluded.household_address_code, household_number = excluded.household_number,
          status = excluded.status, moved_to_province = null, last_reference = excluded.last_reference, updated_at = excluded.updated_at
        """,
        rows);
  }

  /** Marks an active resident moved out; false when no active row was there. */
  public boolean moveOut(String residentId, String toProvince, String reference, Instant at) {
    return jdbc.sql(
                """
                update population_resident set status = 'moved-out', moved_to_province = :to, last_reference = :ref, updated_at = :at
                where resident_id = :id and status = 'active'
                """)
            .param("to", toProvince)
            .param("ref", reference)
            .param("at", Timestamp.from(at))
            .param("id", residentId)
            .update()
        == 1;
  }

  public long count(@Nullable ResidentStatus status) {
    return status == null
        ? jdbc.sql("select count(*) from population_resident").query(Long.class).single()
        : jdbc.sql("select count(*) from population_resident where status = :s").param("s", status.slug()).query(Long.class).single();
  }

  /** The resident IDs of everyone registered here now, in no particular order, one at a time. */
  public void forEachActiveId(Consumer<String> action) {
    // streamed (the caller holds a transaction, which PostgreSQL needs for a cursor): a register holds millions
    jdbc.sql("select resident_id from population_resident where status = 'active'").withFetchSize(10_000).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
      action.accept(rs.getString(1));
    });
  }

  /** A page of residents for the register's page, newest change first. */
  public List<Resident> latest(int limit) {
    return jdbc.sql("select * from population_resident order by updated_at desc, resident_id limit :limit").param("limit", limit).query(ResidentRows::resident).list();
  }

  public List<Resident> findAll(List<String> residentIds) {
    if (residentIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from population_resident where resident_id in (:ids)").param("ids", residentIds).query(ResidentRows::resident).list();
  }

  static Resident resident(ResultSet rs, int row) throws SQLException {
    return new Resident(
        new ResidentIdNumber(rs.getString("resident_id")),
        rs.getString("name"),
        rs.getString("sex"),
        rs.getObject("birth_date", java.time.LocalDate.class),
        rs.getString("household_address_code"),
        rs.getString("household_number"),
        ResidentStatus.parse(rs.getString("status")));
  }
}
