package cn.deltalink.publicservices.internal.calendar;

import cn.deltalink.platform.CsvRows;

/** The region's calendar for tests outside this package. */
public final class WorkingDaysAccess {

  private WorkingDaysAccess() {}

  public static WorkingDays region(String region) {
    return WorkingCalendar.read(CsvRows.read("region/" + region + "/working-days.csv"));
  }
}
