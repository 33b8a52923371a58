package org.quanze;

/** A date lies outside the calendar's (or the rules') coverage. */
public class OutOfCalendarException extends QuanzeException {
  private static final long serialVersionUID = 1L;

  /** A failure with {@code message}, the status code, and where in an input it lies. */
  public OutOfCalendarException(String message, int code, String file, int line, int column) {
    super(message, code, file, line, column);
  }

  /** A failure with {@code message} and no position. */
  public OutOfCalendarException(String message) {
    super(message, -6, null, 0, 0);
  }

  OutOfCalendarException(byte[] message, int code, byte[] file, int line, int column) {
    super(message, code, file, line, column);
  }
}
