package org.quanze;

import java.time.LocalDate;
import java.util.List;

/** Conversions between LocalDate and the library's day numbers (epoch days). */
final class Dates {
  /** The marker of an absent date on the native side. */
  static final int NONE = Integer.MIN_VALUE;

  private Dates() {}

  static int toDay(LocalDate date) {
    return toDay(date, "date");
  }

  static int toDay(LocalDate date, String name) {
    if (date == null) {
      throw new NullPointerException(name);
    }
    long day = date.toEpochDay();
    if (day <= Integer.MIN_VALUE || day >= Integer.MAX_VALUE) {
      throw new InvalidArgumentException("date " + date + " is out of range");
    }
    return (int) day;
  }

  static int toDayOrNone(LocalDate date) {
    return date == null ? NONE : toDay(date);
  }

  static LocalDate fromDay(int day) {
    return LocalDate.ofEpochDay(day);
  }

  static LocalDate fromDayOrNull(int day) {
    return day == NONE ? null : LocalDate.ofEpochDay(day);
  }

  static int[] toDays(LocalDate[] dates) {
    int[] days = new int[dates.length];
    for (int i = 0; i < dates.length; i++) {
      days[i] = toDay(dates[i]);
    }
    return days;
  }

  static int[] toDays(List<LocalDate> dates) {
    if (dates == null) {
      return null;
    }
    int[] days = new int[dates.size()];
    int i = 0;
    for (LocalDate d : dates) {
      days[i++] = toDay(d);
    }
    return days;
  }

  static LocalDate[] fromDays(int[] days) {
    LocalDate[] dates = new LocalDate[days.length];
    for (int i = 0; i < days.length; i++) {
      dates[i] = LocalDate.ofEpochDay(days[i]);
    }
    return dates;
  }
}
