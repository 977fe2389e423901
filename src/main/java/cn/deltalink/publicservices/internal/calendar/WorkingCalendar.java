package cn.deltalink.publicservices.internal.calendar;

import cn.deltalink.platform.CsvRows;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the region's working-day calendar ({@code region/<region>/working-days.csv}). */
@Configuration(proxyBeanMethods = false)
class WorkingCalendar {

  @Bean
  WorkingDays workingDays(@Value("${deltalink.region:yrd}") String region) {
    return read(CsvRows.read("region/" + region + "/working-days.csv"));
  }

  static WorkingDays read(CsvRows rows) {
    Map<LocalDate, String> kinds = new LinkedHashMap<>();
    for (CsvRows.Row row : rows.rows()) {
      LocalDate date;
      try {
        date = LocalDate.parse(row.field(0));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalStateException(rows.resource() + " line " + row.line() + ": '" + row.field(0) + "' is not a date");
      }
      if (kinds.put(date, row.field(1)) != null) {
        throw new IllegalStateException(rows.resource() + " line " + row.line() + ": " + date + " is listed twice");
      }
    }
    try {
      return WorkingDays.of(kinds);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(rows.resource() + ": " + e.getMessage(), e);
    }
  }
}
