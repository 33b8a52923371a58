package org.quanze;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record for {@link Auditor#add(AuditRecord)}: its type and columns as
 * docs/audit.md lists them, e.g.
 * <pre>{@code
 * AuditRecord.of("minutes").set("meeting", "executive")
 *     .set("held", LocalDate.of(2021, 10, 15)).set("issued", LocalDate.of(2021, 10, 25))
 *     .at("oa-events", 17);
 * }</pre>
 * Dates are written as {@code YYYY-MM-DD}, flags as {@code true}/{@code false},
 * lists joined with {@code ;}. A plain value.
 */
public final class AuditRecord {
  private final Map<String, String> fields = new LinkedHashMap<>();
  private String file;
  private int line;

  private AuditRecord(String type) {
    fields.put("type", Objects.requireNonNull(type, "type"));
  }

  /** A record of {@code type}: minutes, leave, meeting, document, consultation or event. */
  public static AuditRecord of(String type) {
    return new AuditRecord(type);
  }

  /** Sets {@code column} to {@code value} (null removes it: an absent column). */
  public AuditRecord set(String column, String value) {
    Objects.requireNonNull(column, "column");
    if (value == null) {
      fields.remove(column);
    } else {
      fields.put(column, value);
    }
    return this;
  }

  /** Sets a date column. */
  public AuditRecord set(String column, LocalDate value) {
    return set(column, value != null ? value.toString() : null);
  }

  /** Sets a number column (days, limit...). */
  public AuditRecord set(String column, int value) {
    return set(column, Integer.toString(value));
  }

  /** Sets a flag column (major, routine...). */
  public AuditRecord set(String column, boolean value) {
    return set(column, value ? "true" : "false");
  }

  /** Sets a list column (present, portfolios, countersigners...). */
  public AuditRecord set(String column, List<String> values) {
    return set(column, values != null ? String.join(";", values) : null);
  }

  /** Where the record comes from, named in its findings. */
  public AuditRecord at(String file, int line) {
    this.file = file;
    this.line = line;
    return this;
  }

  /** The columns, in the order set. */
  public Map<String, String> getFields() {
    return Collections.unmodifiableMap(fields);
  }

  String getFile() {
    return file;
  }

  int getLine() {
    return line;
  }

  @Override
  public String toString() {
    return fields + (file != null ? " at " + file + ":" + line : "");
  }
}
