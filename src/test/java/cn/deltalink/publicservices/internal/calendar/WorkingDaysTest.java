package cn.deltalink.publicservices.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.platform.CsvRows;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The region's working-day calendar as the State Council set it for 2025 and 2026. */
class WorkingDaysTest {

  private final WorkingDays days = WorkingCalendar.read(CsvRows.read("region/yrd/working-days.csv"));

  @Test
  void weekendsAndHolidaysAreNotWorkingDaysButAdjustedSaturdaysAndSundaysAre() {
    assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 30))).as("an ordinary Monday").isTrue();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 28))).as("an ordinary Saturday").isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Spring Festival, a Monday").isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 14))).as("adjusted Saturday before Spring Festival").isTrue();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 4))).as("adjusted Sunday after New Year").isTrue();
    assertThat(days.isWorkingDay(LocalDate.of(2025, 10, 8))).as("National Day 2025, a Wednesday").isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2025, 9, 28))).as("adjusted Sunday before National Day 2025").isTrue();
  }

  @Test
  void fiveWorkingDaysFromTheFridayBeforeSpringFestivalEndAfterTheHolidayAndTheAdjustedSaturdays() {
    // Fri 13 Feb 2026 → Sat 14 (adjusted working day) 1, holiday 15–23, Tue 24 2, Wed 25 3, Thu 26 4, Fri 27 5
    assertThat(days.plus(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    // and the Saturday after counts too: from Fri 27 one working day is Sat 28 (adjusted)
    assertThat(days.plus(LocalDate.of(2026, 2, 27), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void aDeadlineEndsAtMidnightChinaTimeAfterTheLastWorkingDayAndTheReminderStartsThatDay() {
    Instant received = ZonedDateTime.of(2026, 9, 30, 16, 0, 0, 0, WorkingDays.CHINA).toInstant();
    Instant due = days.deadline(received, 3);
    // National Day 1–7 Oct, Sat 10 Oct worked: Thu 8, Fri 9, Sat 10
    assertThat(due).isEqualTo(ZonedDateTime.of(2026, 10, 11, 0, 0, 0, 0, WorkingDays.CHINA).toInstant());
    assertThat(days.reminder(due)).isEqualTo(ZonedDateTime.of(2026, 10, 10, 0, 0, 0, 0, WorkingDays.CHINA).toInstant());
  }

  @Test
  void aPauseForMoreMaterialPushesTheDeadlineBackByTheWorkingDaysItLasted() {
    Instant due = ZonedDateTime.of(2026, 12, 8, 0, 0, 0, 0, WorkingDays.CHINA).toInstant(); // end of Mon 7 Dec
    Instant paused = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, WorkingDays.CHINA).toInstant(); // Wed
    Instant resumed = ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, WorkingDays.CHINA).toInstant(); // Mon: Thu, Fri, Mon = 3
    assertThat(days.extend(due, paused, resumed)).isEqualTo(ZonedDateTime.of(2026, 12, 11, 0, 0, 0, 0, WorkingDays.CHINA).toInstant());
  }

  @Test
  void aDayCannotBeBothAHolidayAndAWorkingDay() {
    assertThatThrownBy(() -> new WorkingDays(java.util.Set.of(LocalDate.of(2026, 1, 1)), java.util.Set.of(LocalDate.of(2026, 1, 1)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachYearGivesThirteenDaysOfStatutoryHolidayOnceTheAdjustedWorkingDaysAreMadeUp() {
    for (int year : new int[] {2025, 2026}) {
      int weekdaysOff = 0;
      int weekendsWorked = 0;
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        boolean weekday = d.getDayOfWeek().getValue() <= 5;
        if (weekday && !days.isWorkingDay(d)) {
          weekdaysOff++;
        }
        if (!weekday && days.isWorkingDay(d)) {
          weekendsWorked++;
        }
      }
      // 13 statutory holiday days a year since 2025 (国务院令第795号)
      assertThat(weekdaysOff - weekendsWorked).as("year " + year).isEqualTo(13);
    }
  }
}
