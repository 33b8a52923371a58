package org.quanze;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the bytes the native side writes when it copies an answer or a
 * record out of C in one call (qzb_out_* in java.i; checks, audits, routes and
 * document numbers in checks.i): little-endian ints and
 * longs; strings as an int length (-1 for none) followed by UTF-8 bytes.
 */
final class Wire {
  private final byte[] b;
  private int at;

  Wire(byte[] b) {
    this.b = b;
  }

  Wire(byte[] b, int at) {
    this.b = b;
    this.at = at;
  }

  byte[] bytes() {
    return b;
  }

  int at() {
    return at;
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

  boolean bool() {
    return i32() != 0;
  }

  String str() {
    int n = i32();
    if (n < 0) {
      return null;
    }
    int from = at;
    at += n;
    // Ids, names, labels and the articles cited repeat from answer to
    // answer: finding the String made last time costs about what decoding
    // costs, and leaves nothing for the collector.
    return n == 0 ? "" : n > LONGEST ? new String(b, from, n, StandardCharsets.UTF_8) : intern(b, from, n);
  }

  /*
   * The strings of answers and records repeat (ids, names, labels, the text
   * of the articles cited): a small shared cache, checked by content, gives
   * back the String made last time instead of decoding the UTF-8 again and
   * leaving one more copy for the collector. Slots are overwritten without
   * locking: an entry is immutable (final fields), so a reader sees either
   * the old entry or the new one, and a miss only costs the decoding.
   */
  private static final int SLOTS = 4096; // a power of two
  private static final int LONGEST = 1024; // longer strings are decoded each time
  private static final Interned[] CACHE = new Interned[SLOTS];

  private static final class Interned {
    final byte[] bytes;
    final String string;

    Interned(byte[] bytes, String string) {
      this.bytes = bytes;
      this.string = string;
    }
  }

  private static int word(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | b[i + 3] << 24;
  }

  /** A hash of the bytes: all of a short string, four words sampled from a long one. */
  private static int hash(byte[] b, int from, int n) {
    int h = n * 0x9e3779b9;
    if (n < 16) {
      for (int i = from; i < from + n; i++) {
        h = (h ^ b[i]) * 0x01000193;
      }
    } else {
      int last = from + n - 4;
      h = (h ^ word(b, from)) * 0x01000193;
      h = (h ^ word(b, from + n / 3)) * 0x01000193;
      h = (h ^ word(b, from + 2 * n / 3)) * 0x01000193;
      h = (h ^ word(b, last)) * 0x01000193;
    }
    return h ^ (h >>> 15);
  }

  private static String intern(byte[] b, int from, int n) {
    int slot = hash(b, from, n) & (SLOTS - 1);
    Interned e = CACHE[slot];
    if (e != null && e.bytes.length == n && Arrays.equals(e.bytes, 0, n, b, from, from + n)) {
      return e.string;
    }
    String s = new String(b, from, n, StandardCharsets.UTF_8);
    CACHE[slot] = new Interned(Arrays.copyOfRange(b, from, from + n), s);
    return s;
  }

  /**
   * Records written one after the other, each read by {@code read}: an
   * unmodifiable list, empty for none.
   */
  static <T> List<T> list(byte[] bytes, Function<Wire, T> read) {
    if (bytes == null || bytes.length == 0) {
      return Collections.emptyList();
    }
    Wire w = new Wire(bytes);
    List<T> list = new ArrayList<>();
    while (!w.done()) {
      list.add(read.apply(w));
    }
    return Collections.unmodifiableList(list);
  }

  /** Whether everything was read (a list's reader stops there). */
  boolean done() {
    return at >= b.length;
  }

  /** The next {@code n} bytes. */
  byte[] bytes(int n) {
    byte[] out = Arrays.copyOfRange(b, at, at + n);
    at += n;
    return out;
  }

  /** Everything not read yet. */
  byte[] rest() {
    return bytes(b.length - at);
  }
}
