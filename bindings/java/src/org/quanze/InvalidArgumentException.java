package org.quanze;

/** An argument is invalid: a bad date, a missing id, an index out of range. */
public class InvalidArgumentException extends QuanzeException {
  private static final long serialVersionUID = 1L;

  /** A failure with {@code message}, the status code, and where in an input it lies. */
  public InvalidArgumentException(String message, int code, String file, int line, int column) {
    super(message, code, file, line, column);
  }

  /** A failure with {@code message} and no position. */
  public InvalidArgumentException(String message) {
    super(message, -2, null, 0, 0);
  }

  InvalidArgumentException(byte[] message, int code, byte[] file, int line, int column) {
    super(message, code, file, line, column);
  }
}
