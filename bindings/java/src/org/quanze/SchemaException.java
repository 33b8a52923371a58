package org.quanze;

/** Well-formed input that breaks the format's rules; a ParseException too. */
public class SchemaException extends ParseException {
  private static final long serialVersionUID = 1L;

  /** A failure with {@code message}, the status code, and where in an input it lies. */
  public SchemaException(String message, int code, String file, int line, int column) {
    super(message, code, file, line, column);
  }

  /** A failure with {@code message} and no position. */
  public SchemaException(String message) {
    super(message, -4, null, 0, 0);
  }

  SchemaException(byte[] message, int code, byte[] file, int line, int column) {
    super(message, code, file, line, column);
  }
}
