package org.quanze;

import java.util.List;
import java.util.Objects;

/**
 * An entrustment (委托): post {@code by} entrusts post {@code agent}: a plain, immutable copy made in the native call that reads it.
 * It holds no native memory: nothing to close, no finalizer, no cleaner.
 */
public final class Entrustment {
  private final String by;
  private final String agent;
  private final Scope scope;
  private final String subject;
  private final java.time.LocalDate start;
  private final java.time.LocalDate end;
  private final String note;

  private Entrustment(Wire w) {
    by = w.str();
    agent = w.str();
    scope = Scope.of(w.i32());
    subject = w.str();
    start = Dates.fromDayOrNull(w.i32());
    end = Dates.fromDayOrNull(w.i32());
    note = w.str();
  }

  /** One record as the native side wrote it (see java.i), or null for none. */
  static Entrustment decode(byte[] bytes) {
    return bytes == null ? null : new Entrustment(new Wire(bytes));
  }

  /** A list of records written one after the other (an empty list for none). */
  static List<Entrustment> decodeList(byte[] bytes) {
    return Wire.list(bytes, Entrustment::new);
  }

  /** The entrusting post. */
  public String getBy() {
    return by;
  }

  /** The entrusted post. */
  public String getAgent() {
    return agent;
  }

  /** What it covers. */
  public Scope getScope() {
    return scope;
  }

  /** The meeting type or document kind it is limited to, or null. */
  public String getSubject() {
    return subject;
  }

  /** The first day in force, or null. */
  public java.time.LocalDate getStart() {
    return start;
  }

  /** The last day in force, or null. */
  public java.time.LocalDate getEnd() {
    return end;
  }

  /** Free text, possibly empty. */
  public String getNote() {
    return note;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Entrustment)) {
      return false;
    }
    Entrustment o = (Entrustment) other;
    return Objects.equals(by, o.by)
        && Objects.equals(agent, o.agent)
        && scope == o.scope
        && Objects.equals(subject, o.subject)
        && Objects.equals(start, o.start)
        && Objects.equals(end, o.end)
        && Objects.equals(note, o.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(by, agent, scope, subject, start, end, note);
  }

  @Override
  public String toString() {
    return by + " -> " + agent + " " + scope + (subject != null ? " " + subject : "") + " " + start + ".."
        + (end != null ? end : "");
  }
}
