package org.quanze;

import java.lang.ref.Cleaner;

/** The one Cleaner that releases the native objects of unreachable handles. */
final class Native {
  static final Cleaner CLEANER = Cleaner.create();

  private Native() {}

  /** The native pointer of a handle argument; a closed handle cannot be passed. */
  static long open(long ptr, String name) {
    if (ptr == 0) {
      throw new IllegalStateException(name + " is closed");
    }
    return ptr;
  }
}
