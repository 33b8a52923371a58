package org.quanze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongFunction;

/** Builds the immutable lists the API returns from a count and an index getter. */
final class Lists {
  private Lists() {}

  static <T> List<T> of(long count, LongFunction<T> at) {
    if (count > Integer.MAX_VALUE) {
      throw new InvalidArgumentException("list too long: " + count);
    }
    List<T> list = new ArrayList<>((int) count);
    for (long i = 0; i < count; i++) {
      list.add(at.apply(i));
    }
    return Collections.unmodifiableList(list);
  }
}
