package org.quanze;

import java.util.List;
import java.util.Objects;

/**
 * A tenure: a person held a post from start to end (inclusive): a plain, immutable copy made in the native call that reads it.
 * It holds no native memory: nothing to close, no finalizer, no cleaner.
 */
public final class Tenure {
  private final String post;
  private final String person;
  private final java.time.LocalDate start;
  private final java.time.LocalDate end;

  private Tenure(Wire w) {
    post = w.str();
    person = w.str();
    start = Dates.fromDayOrNull(w.i32());
    end = Dates.fromDayOrNull(w.i32());
  }

  /** One record as the native side wrote it (see java.i), or null for none. */
  static Tenure decode(byte[] bytes) {
    return bytes == null ? null : new Tenure(new Wire(bytes));
  }

  /** A list of records written one after the other (an empty list for none). */
  static List<Tenure> decodeList(byte[] bytes) {
    return Wire.list(bytes, Tenure::new);
  }

  /** The post id. */
  public String getPost() {
    return post;
  }

  /** The person id. */
  public String getPerson() {
    return person;
  }

  /** The first day, or null. */
  public java.time.LocalDate getStart() {
    return start;
  }

  /** The last day, or null while the tenure lasts. */
  public java.time.LocalDate getEnd() {
    return end;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Tenure)) {
      return false;
    }
    Tenure o = (Tenure) other;
    return Objects.equals(post, o.post)
        && Objects.equals(person, o.person)
        && Objects.equals(start, o.start)
        && Objects.equals(end, o.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(post, person, start, end);
  }

  @Override
  public String toString() {
    return person + " in " + post + " " + start + ".." + (end != null ? end : "");
  }
}
