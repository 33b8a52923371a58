package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.Test;

/** The native loader: platform names and the extraction directory property. */
public class LoaderTest {
  @Test
  public void platformHasNativesInTheJar() {
    String platform = NativeLoader.platform();
    assertTrue(platform, platform.matches("linux-(x86_64|aarch64)"));
    assertNotNull(NativeLoader.class.getResource("native/" + platform + "/libraries.txt"));
  }

  /** Run in a child JVM: loads the natives and prints what the extraction directory holds. */
  public static void main(String[] args) throws IOException {
    System.out.println(Quanze.versionString());
    try (Stream<Path> files = Files.walk(Path.of(System.getProperty(NativeLoader.DIR_PROPERTY)))) {
      files.filter(Files::isRegularFile).forEach(p -> System.out.println(p.getFileName()));
    }
  }

  @Test
  public void extractsIntoTheDirectoryTheProperty() throws Exception {
    Path dir = Files.createTempDirectory("quanze-native-dir");
    try {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process p = new ProcessBuilder(java.toString(), "-D" + NativeLoader.DIR_PROPERTY + "=" + dir,
          "-cp", System.getProperty("java.class.path"), LoaderTest.class.getName())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(out, 0, p.waitFor());
      assertTrue(out, out.contains("libquanzejni.so"));
      assertTrue(out, out.contains("libquanze.so"));
    } finally {
      try (Stream<Path> left = Files.walk(dir)) {
        left.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
