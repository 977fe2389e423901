package cn.deltalink.checkpoint.internal.pages;

import cn.deltalink.checkpoint.internal.CheckpointClock;

import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of checkpoint control (查控统计) over the last days: checks, hits, confirmations and
 * interceptions per checkpoint, per issuing province and per day (Beijing time), and how fast the
 * issuers confirmed. "46 fugitives intercepted" is {@code interceptions} of wanted-for-arrest hits.
 */
@Service
public class CheckpointStatistics {

  private final JdbcTemplate jdbc;
  private final CheckpointClock clock;

  CheckpointStatistics(JdbcTemplate jdbc, CheckpointClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Map<String, Object> over(int days) {
    Timestamp since = Timestamp.from(clock.now().truncatedTo(ChronoUnit.DAYS).minus(days - 1L, ChronoUnit.DAYS));
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("days", days);
    figures.put("since", since.toInstant());
    figures.put("totals", jdbc.queryForMap(
        """
        select (select count(*) from checkpoint_event where at >= ?) as checks,
               count(*) as hits,
               count(*) filter (where match = 'certain') as certain,
               count(*) filter (where state = 'confirmed') as confirmations,
               count(*) filter (where outcome in ('arrested', 'vehicle-seized', 'document-seized')) as interceptions,
               count(*) filter (where outcome = 'arrested' and category = 'wanted-for-arrest') as fugitives_intercepted,
               count(*) filter (where overdue_at is not null) as breaches
          from checkpoint_hit where detected_at >= ?
        """, since, since));
    figures.put("confirmation", jdbc.queryForMap(
        """
        select count(*) as decided,
               coalesce(percentile_cont(0.5) within group (order by extract(epoch from decided_at - received_at)), 0) as median_seconds,
               coalesce(percentile_cont(0.9) within group (order by extract(epoch from decided_at - received_at)), 0) as p90_seconds
          from checkpoint_hit where detected_at >= ? and decided_at is not null and received_at is not null
        """, since));
    figures.put("perCheckpoint", jdbc.queryForList(
        """
        select c.code, c.name_zh as name,
               (select count(*) from checkpoint_event e where e.checkpoint_code = c.code and e.at >= ?) as checks,
               count(h.id) as hits,
               count(h.id) filter (where h.outcome in ('arrested', 'vehicle-seized', 'document-seized')) as interceptions
          from checkpoint c left join checkpoint_hit h on h.checkpoint_code = c.code and h.detected_at >= ?
         group by c.code, c.name_zh order by c.code
        """, since, since));
    figures.put("perIssuer", jdbc.queryForList(
        """
        select issuing_node as node, count(*) as hits, count(*) filter (where state = 'confirmed') as confirmations,
               count(*) filter (where outcome = 'arrested') as arrests, count(*) filter (where overdue_at is not null) as breaches
          from checkpoint_hit where detected_at >= ? group by issuing_node order by issuing_node
        """, since));
    figures.put("perDay", jdbc.queryForList(
        """
        select d.day::date::text as day,
               (select count(*) from checkpoint_event e where (e.at at time zone 'Asia/Shanghai')::date = d.day::date) as checks,
               (select count(*) from checkpoint_hit h where (h.detected_at at time zone 'Asia/Shanghai')::date = d.day::date) as hits,
               (select count(*) from checkpoint_hit h where (h.detected_at at time zone 'Asia/Shanghai')::date = d.day::date
                   and h.outcome in ('arrested', 'vehicle-seized', 'document-seized')) as interceptions
          from generate_series((? at time zone 'Asia/Shanghai')::date, (? at time zone 'Asia/Shanghai')::date, interval '1 day') as d(day)
         order by d.day
        """, since, Timestamp.from(clock.now())));
    return figures;
  }


}
