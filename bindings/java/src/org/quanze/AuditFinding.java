package org.quanze;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A finding of an audit: the check that found it ({@code minutes-late},
 * {@code leave-late}, {@code quorum}, {@code signer}... or {@code unreadable}),
 * its severity, the record's position, the people involved, the citation of
 * the rule and an explanation in Chinese. A plain copy.
 */
public final class AuditFinding {
  private final String check;
  private final Severity severity;
  private final String file;
  private final long line;
  private final String recordType;
  private final LocalDate date;
  private final List<String> people;
  private final Citation citation;
  private final String explanation;

  private AuditFinding(Wire w) {
    check = w.str();
    severity = Severity.of(w.i32());
    file = w.str();
    line = w.i64();
    recordType = w.str();
    int day = w.i32();
    date = severity == Severity.UNREADABLE ? null : LocalDate.ofEpochDay(day);
    String who = w.str();
    people = who == null || who.isEmpty() ? Collections.emptyList()
        : Collections.unmodifiableList(Arrays.asList(who.split(",")));
    int article = w.i32();
    int item = w.i32();
    String rule = w.str();
    String text = w.str();
    String label = w.str();
    citation = article > 0 ? new Citation(article, item, text, rule, label) : null;
    explanation = w.str();
  }

  /** Adds the findings of a batch of bytes (java_checks.i) to {@code out}. */
  static void decodeAll(byte[] bytes, Collection<AuditFinding> out) {
    if (bytes == null) {
      return;
    }
    Wire w = new Wire(bytes);
    while (!w.done()) {
      out.add(new AuditFinding(w));
    }
  }

  /** The check that found it, e.g. {@code minutes-late}; {@code unreadable} for a record that could not be audited. */
  public String getCheck() {
    return check;
  }

  /** {@code VIOLATION}, {@code NOTE} (the rule says 原则上/一般) or {@code UNREADABLE}. */
  public Severity getSeverity() {
    return severity;
  }

  /** The record's file (as given), or null. */
  public String getFile() {
    return file;
  }

  /** The record's line (1-based; 0 for a periodic finding). */
  public long getLine() {
    return line;
  }

  /** {@code file:line}. */
  public String getPosition() {
    return (file != null ? file : "") + ":" + line;
  }

  /** The record's type ({@code minutes}, {@code leave}, {@code meeting}, {@code document}, {@code consultation}), or null. */
  public String getRecordType() {
    return recordType;
  }

  /** The record's date, or null for an unreadable record. */
  public LocalDate getDate() {
    return date;
  }

  /** The post or person ids involved. */
  public List<String> getPeople() {
    return people;
  }

  /** The citation of the rule (article, item, text, rule id), or null. */
  public Citation getCitation() {
    return citation;
  }

  /** What is wrong, in Chinese (for an unreadable record: why). */
  public String getExplanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AuditFinding)) {
      return false;
    }
    AuditFinding o = (AuditFinding) other;
    return line == o.line && severity == o.severity && Objects.equals(check, o.check) && Objects.equals(file, o.file)
        && Objects.equals(recordType, o.recordType) && Objects.equals(date, o.date) && people.equals(o.people)
        && Objects.equals(citation, o.citation) && Objects.equals(explanation, o.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(check, severity, file, line, date);
  }

  /** As the CLI prints it: {@code yunxi.csv:2: note: minutes-late 2021-10-15: ...（第四十八条）}. */
  @Override
  public String toString() {
    return getPosition() + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + check + (date != null ? " " + date : "")
        + ": " + explanation + (citation != null ? "（" + citation + "）" : "");
  }
}
