package org.quanze;

import java.util.List;
import java.util.Objects;

/**
 * An absence of a person: a plain, immutable copy made in the native call that reads it.
 * It holds no native memory: nothing to close, no finalizer, no cleaner.
 */
public final class Absence {
  private final String person;
  private final java.time.LocalDate start;
  private final java.time.LocalDate end;
  private final boolean awayFromCounty;
  private final String reason;

  private Absence(Wire w) {
    person = w.str();
    start = Dates.fromDay(w.i32());
    end = Dates.fromDay(w.i32());
    awayFromCounty = w.bool();
    reason = w.str();
  }

  /** One record as the native side wrote it (see java.i), or null for none. */
  static Absence decode(byte[] bytes) {
    return bytes == null ? null : new Absence(new Wire(bytes));
  }

  /** A list of records written one after the other (an empty list for none). */
  static List<Absence> decodeList(byte[] bytes) {
    return Wire.list(bytes, Absence::new);
  }

  /** The person id. */
  public String getPerson() {
    return person;
  }

  /** The first day away. */
  public java.time.LocalDate getStart() {
    return start;
  }

  /** The last day away. */
  public java.time.LocalDate getEnd() {
    return end;
  }

  /** Whether the person leaves the county (离县). */
  public boolean getAwayFromCounty() {
    return awayFromCounty;
  }

  /** Free text, possibly empty. */
  public String getReason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Absence)) {
      return false;
    }
    Absence o = (Absence) other;
    return Objects.equals(person, o.person)
        && Objects.equals(start, o.start)
        && Objects.equals(end, o.end)
        && awayFromCounty == o.awayFromCounty
        && Objects.equals(reason, o.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, start, end, awayFromCounty, reason);
  }

  @Override
  public String toString() {
    return person + " away " + start + ".." + end + (awayFromCounty ? " (out of the county)" : "")
        + (reason.isEmpty() ? "" : ": " + reason);
  }
}
