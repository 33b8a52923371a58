package org.quanze;

/** Counts over what an audit has read: records read (audited + unreadable) and findings by severity. */
public final class AuditSummary {
  private final long read;
  private final long audited;
  private final long unreadable;
  private final long violations;
  private final long notes;

  AuditSummary(long read, long audited, long unreadable, long violations, long notes) {
    this.read = read;
    this.audited = audited;
    this.unreadable = unreadable;
    this.violations = violations;
    this.notes = notes;
  }

  static AuditSummary decode(byte[] bytes) {
    Wire w = new Wire(bytes);
    return new AuditSummary(w.i64(), w.i64(), w.i64(), w.i64(), w.i64());
  }

  /** Records read. */
  public long getRead() {
    return read;
  }

  /** Records audited. */
  public long getAudited() {
    return audited;
  }

  /** Records reported unreadable. */
  public long getUnreadable() {
    return unreadable;
  }

  /** Findings of severity violation. */
  public long getViolations() {
    return violations;
  }

  /** Findings of severity note. */
  public long getNotes() {
    return notes;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AuditSummary)) {
      return false;
    }
    AuditSummary o = (AuditSummary) other;
    return read == o.read && audited == o.audited && unreadable == o.unreadable && violations == o.violations
        && notes == o.notes;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(read * 31 + audited) ^ Long.hashCode(violations * 31 + notes);
  }

  /** e.g. {@code records 8, audited 7, unreadable 1; violations 3, notes 1}, as the CLI prints it. */
  @Override
  public String toString() {
    return "records " + read + ", audited " + audited + ", unreadable " + unreadable + "; violations " + violations
        + ", notes " + notes;
  }
}
