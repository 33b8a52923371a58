package org.quanze;

/** A file could not be read or written. */
public class FileException extends QuanzeException {
  private static final long serialVersionUID = 1L;

  /** A failure with {@code message}, the status code, and where in an input it lies. */
  public FileException(String message, int code, String file, int line, int column) {
    super(message, code, file, line, column);
  }

  /** A failure with {@code message} and no position. */
  public FileException(String message) {
    super(message, -7, null, 0, 0);
  }

  FileException(byte[] message, int code, byte[] file, int line, int column) {
    super(message, code, file, line, column);
  }
}
