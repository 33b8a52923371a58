package org.quanze;

import java.lang.ref.Cleaner;

/** The one Cleaner that releases the native objects of unreachable handles. */
final class Native {
  static final Cleaner CLEANER = Cleaner.create();

  private Native() {}
}
