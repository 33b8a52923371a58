package org.quanze;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Strings cross to the native side as UTF-8 bytes: exact for every
 * character, where JNI's "modified UTF-8" is not (characters outside the
 * Basic Multilingual Plane, which some Chinese names use).
 */
final class Strings {
  private Strings() {}

  static byte[] toUtf8(String s) {
    if (s == null) {
      return null;
    }
    if (s.indexOf('\0') >= 0) {
      throw new InvalidArgumentException("text contains a NUL character");
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[][] toUtf8(List<String> list) {
    if (list == null) {
      return null;
    }
    byte[][] out = new byte[list.size()][];
    int i = 0;
    for (String s : list) {
      if (s == null) {
        throw new NullPointerException("null id in list");
      }
      out[i++] = toUtf8(s);
    }
    return out;
  }

  static String fromUtf8(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }
}
