package org.quanze;

import java.util.List;
import java.util.Objects;

/**
 * One day as the calendar sees it: a plain, immutable copy made in the native call that reads it.
 * It holds no native memory: nothing to close, no finalizer, no cleaner.
 */
public final class Day {
  private final java.time.LocalDate date;
  private final DayKind kind;
  private final String name;
  private final int year;
  private final boolean assumed;

  private Day(Wire w) {
    date = Dates.fromDay(w.i32());
    kind = DayKind.of(w.i32());
    name = w.str();
    year = w.i32();
    assumed = w.bool();
  }

  /** One record as the native side wrote it (see java.i), or null for none. */
  static Day decode(byte[] bytes) {
    return bytes == null ? null : new Day(new Wire(bytes));
  }

  /** A list of records written one after the other (an empty list for none). */
  static List<Day> decodeList(byte[] bytes) {
    return Wire.list(bytes, Day::new);
  }

  /** The day. */
  public java.time.LocalDate getDate() {
    return date;
  }

  /** Ordinary working day, weekend, holiday or make-up working day. */
  public DayKind getKind() {
    return kind;
  }

  /** The holiday's name (or the holiday a make-up day serves), or null. */
  public String getName() {
    return name;
  }

  /** The arrangement year the listing belongs to, 0 when not listed. */
  public int getYear() {
    return year;
  }

  /** Whether the day lies outside coverage and its kind is assumed. */
  public boolean getAssumed() {
    return assumed;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Day)) {
      return false;
    }
    Day o = (Day) other;
    return Objects.equals(date, o.date)
        && kind == o.kind
        && Objects.equals(name, o.name)
        && year == o.year
        && assumed == o.assumed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, name, year, assumed);
  }

  @Override
  public String toString() {
    return date + " " + kind + (name != null ? " " + name : "") + (assumed ? " (assumed)" : "");
  }
}
