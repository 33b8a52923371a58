package org.quanze;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Paths to the fixtures, from the system properties ctest passes. */
final class TestData {
  private TestData() {}

  static Path binding(String name) {
    return Paths.get(System.getProperty("quanze.testdata", "bindings/tests-data"), name);
  }

  static Path tests(String... parts) {
    return Paths.get(System.getProperty("quanze.source", "."), "tests", "data").resolve(String.join("/", parts));
  }
}
