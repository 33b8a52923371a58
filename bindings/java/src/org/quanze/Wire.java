package org.quanze;

import java.nio.charset.StandardCharsets;

/**
 * Reads the bytes the native side writes for checks, audits, routes and
 * document numbers (bindings/swig/checks.i): ints little endian, strings as
 * an int length (-1 for null) and UTF-8 bytes.
 */
final class Wire {
  private final byte[] b;
  private int at;

  Wire(byte[] b) {
    this.b = b;
  }

  int i32() {
    int v = (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | b[at + 3] << 24;
    at += 4;
    return v;
  }

  long i64() {
    long lo = i32() & 0xffffffffL;
    return lo | (long) i32() << 32;
  }

  String str() {
    int n = i32();
    if (n < 0) {
      return null;
    }
    String s = new String(b, at, n, StandardCharsets.UTF_8);
    at += n;
    return s;
  }

  /** The next {@code n} bytes. */
  byte[] bytes(int n) {
    byte[] out = java.util.Arrays.copyOfRange(b, at, at + n);
    at += n;
    return out;
  }

  /** Everything not read yet. */
  byte[] rest() {
    return bytes(b.length - at);
  }

  boolean more() {
    return at < b.length;
  }
}
