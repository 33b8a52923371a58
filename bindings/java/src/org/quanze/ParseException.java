package org.quanze;

/** Input that is not well-formed (malformed XML, a DOCTYPE, bad UTF-8); the file, line and column say where. */
public class ParseException extends QuanzeException {
  private static final long serialVersionUID = 1L;

  /** A failure with {@code message}, the status code, and where in an input it lies. */
  public ParseException(String message, int code, String file, int line, int column) {
    super(message, code, file, line, column);
  }

  /** A failure with {@code message} and no position. */
  public ParseException(String message) {
    super(message, -3, null, 0, 0);
  }

  ParseException(byte[] message, int code, byte[] file, int line, int column) {
    super(message, code, file, line, column);
  }
}
