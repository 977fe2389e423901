package cn.deltalink.fraud.internal.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the fraud statistics: reports taken here, warnings sent and received, interventions
 * and the amount they stopped, per province (node) and per month (Beijing time). A warning to this
 * node's own province is held on both sides and counted once.
 */
@Service
class FraudStatistics {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;

  FraudStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Totals(long reports, BigDecimal amountReported, long warningsSent, long warningsReceived, long interventions, BigDecimal amountStopped, long riskEntries) {}

  record Month(String month, long reports, BigDecimal amountReported, long warnings, long interventions, BigDecimal amountStopped) {}

  record Province(String node, long warningsTo, long warningsFrom, long interventions, long dissuasions, long stopPayments, long freezes, BigDecimal amountStopped) {}

  record Figures(Totals totals, List<Month> perMonth, List<Province> perProvince) {}

  @Transactional(readOnly = true)
  Figures over(int months) {
    LocalDate from = LocalDate.now(CHINA).withDayOfMonth(1).minusMonths(months - 1L);
    Totals totals =
        jdbc.sql(
                """
                select (select count(*) from fraud_report where reported_at >= :from) as reports,
                       (select coalesce(sum(amount), 0) from fraud_report where reported_at >= :from) as amount_reported,
                       (select count(*) from fraud_warning where side = 'sent' and created_at >= :from) as sent,
                       (select count(*) from fraud_warning where side = 'received' and created_at >= :from) as received,
                       (select count(*) from fraud_intervention where recorded_at >= :from) as interventions,
                       (select coalesce(sum(amount_stopped), 0) from fraud_intervention where recorded_at >= :from) as stopped,
                       (select count(*) from fraud_risk_entry) as entries
                """)
            .param("from", from.atStartOfDay(CHINA).toOffsetDateTime())
            .query((rs, n) -> new Totals(rs.getLong("reports"), rs.getBigDecimal("amount_reported"), rs.getLong("sent"), rs.getLong("received"), rs.getLong("interventions"),
                rs.getBigDecimal("stopped"), rs.getLong("entries")))
            .single();
    List<Month> perMonth =
        jdbc.sql(
                """
                with months as (select to_char(m, 'YYYY-MM') as month from generate_series(cast(:from as date), current_date, interval '1 month') m),
                     r as (select to_char(reported_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(*) as n, sum(amount) as amount
                           from fraud_report where reported_at >= :fromTs group by 1),
                     w as (select to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(distinct id) as n
                           from fraud_warning where created_at >= :fromTs group by 1),
                     i as (select to_char(recorded_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(*) as n, sum(amount_stopped) as stopped
                           from fraud_intervention where recorded_at >= :fromTs group by 1)
                select months.month, coalesce(r.n, 0) as reports, coalesce(r.amount, 0) as amount, coalesce(w.n, 0) as warnings,
                       coalesce(i.n, 0) as interventions, coalesce(i.stopped, 0) as stopped
                from months left join r using (month) left join w using (month) left join i using (month) order by months.month
                """)
            .param("from", from)
            .param("fromTs", from.atStartOfDay(CHINA).toOffsetDateTime())
            .query((rs, n) -> new Month(rs.getString("month"), rs.getLong("reports"), rs.getBigDecimal("amount"), rs.getLong("warnings"), rs.getLong("interventions"),
                rs.getBigDecimal("stopped")))
            .list();
    List<Province> perProvince =
        jdbc.sql(
                """
                with nodes as (select receiver_node as node from fraud_warning union select sender_node from fraud_warning union select node from fraud_intervention),
                     t as (select receiver_node as node, count(distinct id) as n from fraud_warning where created_at >= :fromTs group by 1),
                     f as (select sender_node as node, count(distinct id) as n from fraud_warning where created_at >= :fromTs group by 1),
                     i as (select node, count(*) as n, count(*) filter (where kind = 'dissuasion') as d, count(*) filter (where kind = 'stop-payment') as s,
                                  count(*) filter (where kind = 'freeze') as fr, sum(amount_stopped) as stopped
                           from fraud_intervention where recorded_at >= :fromTs group by 1)
                select nodes.node, coalesce(t.n, 0) as warnings_to, coalesce(f.n, 0) as warnings_from, coalesce(i.n, 0) as interventions, coalesce(i.d, 0) as d,
                       coalesce(i.s, 0) as s, coalesce(i.fr, 0) as fr, coalesce(i.stopped, 0) as stopped
                from nodes left join t using (node) left join f using (node) left join i using (node) order by nodes.node
                """)
            .param("fromTs", from.atStartOfDay(CHINA).toOffsetDateTime())
            .query((rs, n) -> new Province(rs.getString("node"), rs.getLong("warnings_to"), rs.getLong("warnings_from"), rs.getLong("interventions"), rs.getLong("d"), rs.getLong("s"),
                rs.getLong("fr"), rs.getBigDecimal("stopped")))
            .list();
    return new Figures(totals, perMonth, perProvince);
  }
}
