package org.quanze;

/** Input exceeds a size or depth limit. */
public class LimitException extends QuanzeException {
  private static final long serialVersionUID = 1L;

  /** A failure with {@code message}, the status code, and where in an input it lies. */
  public LimitException(String message, int code, String file, int line, int column) {
    super(message, code, file, line, column);
  }

  /** A failure with {@code message} and no position. */
  public LimitException(String message) {
    super(message, -8, null, 0, 0);
  }

  LimitException(byte[] message, int code, byte[] file, int line, int column) {
    super(message, code, file, line, column);
  }
}
