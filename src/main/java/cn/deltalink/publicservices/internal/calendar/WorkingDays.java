package cn.deltalink.publicservices.internal.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The region's working days (工作日): Monday to Friday, minus the public holidays, plus the adjusted
 * working days (调休上班) the State Council sets each year. Time limits of public services count in
 * these days; a time limit of n working days ends at midnight (China time) after the n-th working
 * day following the day of receipt. Outside the years the calendar covers, Monday to Friday count.
 */
public final class WorkingDays {

  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> adjustedWorkdays;

  public WorkingDays(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays) {
    this.holidays = Set.copyOf(holidays);
    this.adjustedWorkdays = Set.copyOf(adjustedWorkdays);
    for (LocalDate d : this.holidays) {
      if (this.adjustedWorkdays.contains(d)) {
        throw new IllegalArgumentException(d + " cannot be a holiday and an adjusted working day");
      }
    }
  }

  /** A calendar from the region's rows: date to kind, {@code holiday} or {@code workday}. */
  public static WorkingDays of(Map<LocalDate, String> kinds) {
    Set<LocalDate> off = new java.util.HashSet<>();
    Set<LocalDate> on = new java.util.HashSet<>();
    kinds.forEach(
        (date, kind) -> {
          switch (kind) {
            case "holiday" -> off.add(date);
            case "workday" -> on.add(date);
            default -> throw new IllegalArgumentException(date + ": kind is holiday or workday, not '" + kind + "'");
          }
        });
    return new WorkingDays(off, on);
  }

  public boolean isWorkingDay(LocalDate date) {
    if (adjustedWorkdays.contains(date)) {
      return true;
    }
    if (holidays.contains(date)) {
      return false;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /** The n-th working day after {@code from} (the day itself not counted); {@code from} for n = 0. */
  public LocalDate plus(LocalDate from, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("a number of working days is not negative");
    }
    LocalDate day = from;
    for (int left = n; left > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** The working days after {@code from} up to and including {@code to} (0 when {@code to} is not later). */
  public int between(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** The deadline of a time limit of n working days that starts at {@code start}: midnight after the n-th working day. */
  public Instant deadline(Instant start, int n) {
    return plus(start.atZone(CHINA).toLocalDate(), n).plusDays(1).atStartOfDay(CHINA).toInstant();
  }

  /** When to remind: the start of the last working day before the deadline. */
  public Instant reminder(Instant deadline) {
    LocalDate day = deadline.atZone(CHINA).toLocalDate().minusDays(1);
    while (!isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day.atStartOfDay(CHINA).toInstant();
  }

  /**
   * The deadline pushed back by the working days that passed while the clock was paused (more
   * material asked for): from the pause's day to the resumption's day.
   */
  public Instant extend(Instant deadline, Instant pausedAt, Instant resumedAt) {
    int paused = between(pausedAt.atZone(CHINA).toLocalDate(), resumedAt.atZone(CHINA).toLocalDate());
    return plus(deadline.atZone(CHINA).toLocalDate().minusDays(1), paused).plusDays(1).atStartOfDay(CHINA).toInstant();
  }

  /** Working days between two instants in whole days, as the statistics count processing time. */
  public int elapsed(Instant from, Instant to) {
    return between(from.atZone(CHINA).toLocalDate(), to.atZone(CHINA).toLocalDate());
  }
}
