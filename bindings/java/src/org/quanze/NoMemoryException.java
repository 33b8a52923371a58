package org.quanze;

/** The library ran out of memory. */
public class NoMemoryException extends QuanzeException {
  private static final long serialVersionUID = 1L;

  /** A failure with {@code message}, the status code, and where in an input it lies. */
  public NoMemoryException(String message, int code, String file, int line, int column) {
    super(message, code, file, line, column);
  }

  /** A failure with {@code message} and no position. */
  public NoMemoryException(String message) {
    super(message, -1, null, 0, 0);
  }

  NoMemoryException(byte[] message, int code, byte[] file, int line, int column) {
    super(message, code, file, line, column);
  }
}
