package org.quanze;

/** The named thing (post, meeting type, deadline...) does not exist. */
public class NotFoundException extends QuanzeException {
  private static final long serialVersionUID = 1L;

  /** A failure with {@code message}, the status code, and where in an input it lies. */
  public NotFoundException(String message, int code, String file, int line, int column) {
    super(message, code, file, line, column);
  }

  /** A failure with {@code message} and no position. */
  public NotFoundException(String message) {
    super(message, -5, null, 0, 0);
  }

  NotFoundException(byte[] message, int code, byte[] file, int line, int column) {
    super(message, code, file, line, column);
  }
}
