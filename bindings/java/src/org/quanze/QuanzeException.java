package org.quanze;

/**
 * A failure reported by the quanze library. Unchecked: every method may
 * throw one; nothing is returned as a status code or printed.
 *
 * <p>Subclasses name the kind of failure: {@link ParseException} (and its
 * subclass {@link SchemaException}) for bad input files, with the file, line
 * and column; {@link NotFoundException} for an unknown id;
 * {@link OutOfCalendarException} for a date outside the calendar's
 * coverage; {@link InvalidArgumentException}, {@link FileException},
 * {@link LimitException} and {@link NoMemoryException}.
 */
public class QuanzeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String file;
  private final int line;
  private final int column;

  /** A failure with {@code message} and the library's status {@code code}. */
  public QuanzeException(String message, int code, String file, int line, int column) {
    super(message);
    this.code = code;
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** Called from the native library (strings as UTF-8 bytes). */
  QuanzeException(byte[] message, int code, byte[] file, int line, int column) {
    this(Strings.fromUtf8(message), code, Strings.fromUtf8(file), line, column);
  }

  /** The library's status code (negative, e.g. -3 for a parse error). */
  public int getCode() {
    return code;
  }

  /** The status as an enum constant (e.g. {@code Status.EPARSE}). */
  public Status getStatus() {
    return Status.of(code);
  }

  /** The file (or the name given to a buffer) the error is in, or null. */
  public String getFile() {
    return file;
  }

  /** The 1-based line in {@link #getFile()}, or 0 when unknown. */
  public int getLine() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int getColumn() {
    return column;
  }
}
